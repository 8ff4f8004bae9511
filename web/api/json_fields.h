// Reading fields of the server's answers without trusting their types: a missing or mistyped
// field reads as empty instead of throwing (nlohmann's value() throws on a type mismatch, and
// a throw would end the app).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "shared/finding.h"

namespace anskaffa::web::api {

inline std::string string_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return {};
  auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

inline std::int64_t integer_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return 0;
  auto found = object.find(key);
  return found != object.end() && found->is_number_integer() ? found->get<std::int64_t>() : 0;
}

// Each object of the answer's "items" array as read by `read`; anything else there is skipped.
template <typename Read>
auto items_at(const nlohmann::json& body, Read read) {
  std::vector<decltype(read(body))> items;
  if (!body.is_object()) return items;
  const auto found = body.find("items");
  if (found == body.end() || !found->is_array()) return items;
  for (const auto& item : *found) {
    if (item.is_object()) items.push_back(read(item));
  }
  return items;
}

inline bool boolean_at(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return false;
  auto found = object.find(key);
  return found != object.end() && found->is_boolean() && found->get<bool>();
}

// The server's findings (SPEC 8's {field, code, severity, message}); malformed entries are
// left out.
inline Findings findings_at(const nlohmann::json& list) {
  Findings findings;
  if (!list.is_array()) return findings;
  for (const auto& item : list) {
    if (!item.is_object()) continue;
    Finding finding;
    finding.field = string_at(item, "field");
    finding.code = string_at(item, "code");
    finding.severity =
        string_at(item, "severity") == "warning" ? Severity::warning : Severity::error;
    finding.message = string_at(item, "message");
    findings.push_back(std::move(finding));
  }
  return findings;
}

// An error answer's {"error": {code, message, findings?}}, read leniently.
struct ErrorAnswer {
  std::string code;
  std::string message;
  Findings findings;
};

inline ErrorAnswer error_at(const nlohmann::json& body) {
  ErrorAnswer answer;
  if (!body.is_object()) return answer;
  const auto error = body.find("error");
  if (error == body.end() || !error->is_object()) return answer;
  answer.code = string_at(*error, "code");
  answer.message = string_at(*error, "message");
  if (const auto findings = error->find("findings"); findings != error->end()) {
    answer.findings = findings_at(*findings);
  }
  return answer;
}

}  // namespace anskaffa::web::api
