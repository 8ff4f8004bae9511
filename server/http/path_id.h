// A numeric id from a path parameter (":id"): digits only, or nothing, which handlers answer
// with 404 like any id that names nothing. whole_number reads a query parameter the same way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

inline std::optional<std::int64_t> whole_number(const std::string& text) {
  if (text.empty() || text.size() > 15 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(text);
}

inline std::optional<std::int64_t> path_id(const httplib::Request& request, const char* name) {
  const auto it = request.path_params.find(name);
  if (it == request.path_params.end()) return std::nullopt;
  return whole_number(it->second);
}

}  // namespace anskaffa::http
