// Reading fields of the server's answers without trusting their types: a missing or mistyped
// field reads as empty instead of throwing (nlohmann's value() throws on a type mismatch, and
// a throw would end the app).
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

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

}  // namespace anskaffa::web::api
