// The core never crashes and always answers the same on any input: generated and mutated bodies
// (wrong types, missing and unknown keys, huge strings, deep nesting, invalid UTF-8, random
// bytes), 100,000 of them natively and in wasm, fewer under the sanitizers
// (tests/shared/CMakeLists.txt says why). The digest of all answers is printed so that
// tools/test can compare the native run with the WebAssembly run: both builds must give the
// same answers.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include "sample.h"
#include "shared/assessment.h"
#include "shared/form.h"
#include "shared/request_json.h"

using namespace anskaffa;
using nlohmann::json;

namespace {

// splitmix64: the same sequence on every platform, unlike std's distributions.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }

 private:
  std::uint64_t state_;
};

// Each draw from random is its own statement: the order in which a compiler evaluates function
// arguments is unspecified, and g++ and clang differ, which would make the two builds disagree.
json random_value(Random& random, int depth) {
  switch (random.below(depth > 3 ? 7 : 9)) {
    case 0:
      return nullptr;
    case 1:
      return random.chance(50);
    case 2:
      return static_cast<std::int64_t>(random.next() % 2'000'001) - 1'000'000;
    case 3:
      return static_cast<double>(random.next() % 100000) / 7.0;
    case 4: {
      const std::size_t length = random.below(8);
      const char letter = static_cast<char>('a' + random.below(26));
      return std::string(length, letter);
    }
    case 5: {
      const bool huge = random.chance(2);
      return std::string(huge ? 70000 : random.below(200), 'x');
    }
    case 6: {
      const std::size_t month = random.below(10);
      const std::size_t day = random.below(10);
      return "2026-0" + std::to_string(month) + "-1" + std::to_string(day);
    }
    case 7: {
      json a = json::array();
      for (std::size_t i = random.below(4); i > 0; --i)
        a.push_back(random_value(random, depth + 1));
      return a;
    }
    default: {
      json o = json::object();
      for (std::size_t i = random.below(3); i > 0; --i) {
        o["k" + std::to_string(i)] = random_value(random, depth + 1);
      }
      return o;
    }
  }
}

// A valid request with a few fields changed, dropped or added.
json mutated_request(Random& random) {
  json j = encode_request(sample::request());
  const auto fields = form_fields();
  for (std::size_t n = random.below(6); n > 0; --n) {
    const FieldDef& field = fields[random.below(fields.size())];
    const std::string key(field.key);
    switch (random.below(4)) {
      case 0:
        j.erase(key);
        break;
      case 1:
        j[key] = random_value(random, 0);
        break;
      case 2:
        if (!field.options.empty()) {
          const std::string option(field.options[random.below(field.options.size())]);
          j[key] = field.type == FieldType::set ? json::array({option}) : json(option);
        }
        break;
      default:
        j["extra_" + std::to_string(random.below(5))] = random_value(random, 0);
        break;
    }
  }
  return j;
}

// Text of a body, sometimes with bytes flipped, cut short, deeply nested or invalid UTF-8.
std::string body_text(Random& random, const json& j) {
  std::string text = j.dump();
  switch (random.below(10)) {
    case 0:
      for (std::size_t n = 1 + random.below(4); n > 0 && !text.empty(); --n) {
        const std::size_t at = random.below(text.size());
        text[at] = static_cast<char>(random.below(256));
      }
      break;
    case 1:
      text.resize(random.below(text.size() + 1));
      break;
    case 2: {
      const std::size_t depth = 20 + random.below(40);
      text = "{\"description\":" + std::string(depth, '[') + "1" + std::string(depth, ']') + "}";
      break;
    }
    case 3:
      text.insert(text.size() / 2, "\"\xc3\x28\"");
      break;
    default:
      break;
  }
  return text;
}

std::uint64_t fnv1a(std::uint64_t hash, std::string_view text) {
  for (unsigned char c : text) hash = (hash ^ c) * 0x100000001B3ull;
  return hash ^ 0xFF;
}

constexpr std::size_t bodies = ANSKAFFA_ROBUSTNESS_BODIES;

}  // namespace

// The name gives the count this build runs (the sanitized build runs fewer).
#define ANSKAFFA_DIGITS(count) #count
#define ANSKAFFA_COUNT_TEXT(count) ANSKAFFA_DIGITS(count)
TEST_CASE(ANSKAFFA_COUNT_TEXT(ANSKAFFA_ROBUSTNESS_BODIES) " generated and mutated bodies: no crash, "
                                                          "the same answer twice") {
  Random random(20261128);
  const ValidationContext context = sample::context();
  std::uint64_t digest = 0xCBF29CE484222325ull;
  std::size_t parsed = 0;
  std::size_t with_errors = 0;
  for (std::size_t i = 0; i < bodies; ++i) {
    const json source = random.chance(80) ? mutated_request(random) : random_value(random, 0);
    const std::string text = body_text(random, source);
    const auto body = parse_json_object(text);
    digest = fnv1a(digest, body ? "object" : "refused");
    if (!body) continue;
    ++parsed;
    const Assessment first = assess(*body, context);
    const Assessment second = assess(*body, context);
    if (first.findings != second.findings || !(first.risk == second.risk)) {
      FAIL("two assessments of the same body differ: " << text.substr(0, 200));
    }
    if (has_errors(first.findings)) ++with_errors;
    for (const Finding& f : first.findings) {
      digest = fnv1a(fnv1a(digest, f.field), f.code);
    }
    digest = fnv1a(digest, risk_key(first.risk.level));
    // The answer must itself be valid JSON that can be written out.
    digest = fnv1a(digest, std::to_string(assessment_json(first).dump().size()));
  }
  // Both kinds of input occurred in number, so the test exercised both paths.
  CHECK(parsed > bodies / 2);
  CHECK(parsed < bodies);
  CHECK(with_errors > bodies / 10);
  CHECK(with_errors < parsed);
  WARN("robustness digest " << std::hex << digest << std::dec << " over " << parsed
                            << " parsed bodies");
}
