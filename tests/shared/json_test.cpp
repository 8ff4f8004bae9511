// The JSON mapping: strict, total decoding (SPEC 2, 8).
#include <catch2/catch.hpp>

#include "sample.h"
#include "shared/assessment.h"
#include "shared/request_json.h"

using namespace anskaffa;
using nlohmann::json;
using sample::codes;

namespace {

json sample_json() { return encode_request(sample::request()); }

Findings decode_findings(const json& j) { return decode_request(j, Lang::sv).findings; }

}  // namespace

TEST_CASE("a request survives encoding and decoding unchanged") {
  const DecodedRequest decoded = decode_request(sample_json(), Lang::sv);
  CHECK(decoded.findings.empty());
  CHECK(decoded.request == sample::request());
}

TEST_CASE("wrong JSON types are wrong_type") {
  const std::pair<const char*, json> cases[] = {
      {"user_count", "tio"},
      {"user_count", 1.5},
      {"user_count", true},
      {"unit_id", "1"},
      {"requester_name", 42},
      {"grade_levels", "y4_6"},
      {"grade_levels", json::array({"y4_6", 7})},
      {"training_confirmed", "true"},
      {"annual_cost_sek", "100"},
      {"start_date", 20260301},
      {"catalog_id", json::object()},
  };
  for (const auto& [key, value] : cases) {
    json j = sample_json();
    j[key] = value;
    INFO(key << " = " << value.dump());
    CHECK(codes(decode_findings(j), key) == std::vector<std::string>{"wrong_type"});
  }
}

TEST_CASE("a whole number written as 5.0 is accepted for an integer field") {
  json j = sample_json();
  j["user_count"] = 5.0;
  const DecodedRequest decoded = decode_request(j, Lang::sv);
  CHECK(decoded.findings.empty());
  CHECK(decoded.request.integer("user_count") == 5);
}

TEST_CASE("an integer too large for any id is out of range") {
  json j = sample_json();
  j["unit_id"] = std::uint64_t{18446744073709551615u};
  CHECK(codes(decode_findings(j), "unit_id") == std::vector<std::string>{"out_of_range"});
}

TEST_CASE("unknown keys are unknown_field errors and are not kept") {
  json j = sample_json();
  j["state"] = "approved";
  j["owner"] = 1;
  const DecodedRequest decoded = decode_request(j, Lang::sv);
  CHECK(codes(decoded.findings, "state") == std::vector<std::string>{"unknown_field"});
  CHECK(codes(decoded.findings, "owner") == std::vector<std::string>{"unknown_field"});
  CHECK(decoded.request.find("state") == nullptr);
}

TEST_CASE("null counts as absent") {
  json j = sample_json();
  j["supplier_org_number"] = nullptr;
  const DecodedRequest decoded = decode_request(j, Lang::sv);
  CHECK(decoded.findings.empty());
  CHECK_FALSE(decoded.request.has("supplier_org_number"));
}

TEST_CASE("a refused field is not also reported as required") {
  json j = sample_json();
  j["requester_name"] = 42;
  const Assessment a = assess(j, sample::context());
  CHECK(codes(a.findings, "requester_name") == std::vector<std::string>{"wrong_type"});
}

TEST_CASE("a body must be one JSON object of valid UTF-8, nested at most 32 deep") {
  CHECK(parse_json_object(R"({"a": 1})"));
  CHECK_FALSE(parse_json_object("[1, 2]"));
  CHECK_FALSE(parse_json_object("\"text\""));
  CHECK_FALSE(parse_json_object("{"));
  CHECK_FALSE(parse_json_object(""));
  CHECK_FALSE(parse_json_object("{\"a\": \"G\xf6teborg\"}"));
  CHECK_FALSE(parse_json_object("{\"a\": 1} trailing"));

  const auto nested = [](int depth) {
    std::string text = "{\"a\":";
    for (int i = 1; i < depth; ++i) text += "[";
    text += "1";
    for (int i = 1; i < depth; ++i) text += "]";
    return text + "}";
  };
  CHECK(parse_json_object(nested(32)));
  CHECK_FALSE(parse_json_object(nested(33)));
  CHECK_FALSE(parse_json_object(nested(100000)));
  // Brackets inside strings are text, not nesting.
  CHECK(parse_json_object("{\"a\": \"" + std::string(1000, '[') + "\"}"));
}

TEST_CASE("the assessment JSON has findings and risk in SPEC 8's shape") {
  json j = sample_json();
  j.erase("requester_name");
  const json out = assessment_json(assess(j, sample::context(Lang::en)));
  REQUIRE(out["findings"].size() == 1);
  CHECK(out["findings"][0] == json{{"field", "requester_name"},
                                   {"code", "required"},
                                   {"severity", "error"},
                                   {"message", "Your name is required."}});
  CHECK(out["risk"]["level"] == "medium");
  CHECK(out["risk"]["reasons"][0]["code"] == "personal_data_processed");
}
