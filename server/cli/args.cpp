#include "server/cli/args.h"

#include <algorithm>
#include <charconv>
#include <optional>

namespace anskaffa::cli {
namespace {

bool listed(std::initializer_list<std::string_view> names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

Args::Args(std::span<char* const> args, std::initializer_list<std::string_view> valued,
           std::initializer_list<std::string_view> switches) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view word = args[i];
    if (!word.starts_with("--") || word.size() == 2) {
      throw UsageError("unexpected argument '" + std::string(word) + "'");
    }
    std::string name(word.substr(2));
    std::optional<std::string> inline_value;
    if (const auto equals = name.find('='); equals != std::string::npos) {
      inline_value = name.substr(equals + 1);
      name.resize(equals);
    }
    if (listed(switches, name)) {
      if (inline_value) throw UsageError("--" + name + " takes no value");
      switches_.insert(name);
    } else if (listed(valued, name)) {
      if (inline_value) {
        values_.emplace(name, *inline_value);
      } else if (i + 1 < args.size()) {
        values_.emplace(name, args[++i]);
      } else {
        throw UsageError("--" + name + " needs a value");
      }
    } else {
      throw UsageError("unknown option --" + name);
    }
  }
}

std::string Args::required(std::string_view name) const {
  const auto count = values_.count(name);
  if (count == 0) throw UsageError("--" + std::string(name) + " is required");
  if (count > 1) throw UsageError("--" + std::string(name) + " may be given only once");
  return values_.find(name)->second;
}

std::string Args::optional(std::string_view name, std::string_view fallback) const {
  const auto count = values_.count(name);
  if (count > 1) throw UsageError("--" + std::string(name) + " may be given only once");
  return count == 0 ? std::string(fallback) : values_.find(name)->second;
}

std::vector<std::string> Args::all(std::string_view name) const {
  std::vector<std::string> result;
  const auto [first, last] = values_.equal_range(name);
  for (auto it = first; it != last; ++it) result.push_back(it->second);
  return result;
}

bool Args::has(std::string_view name) const { return switches_.contains(name); }

long long parse_integer(std::string_view flag, std::string_view text, long long min,
                        long long max) {
  long long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    throw UsageError("--" + std::string(flag) + " must be a whole number from " +
                     std::to_string(min) + " to " + std::to_string(max) + ", not '" +
                     std::string(text) + "'");
  }
  return value;
}

}  // namespace anskaffa::cli
