// A numeric id from a path parameter (":id"): digits only, or nothing, which handlers answer
// with 404 like any id that names nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

inline std::optional<std::int64_t> path_id(const httplib::Request& request, const char* name) {
  const auto it = request.path_params.find(name);
  if (it == request.path_params.end()) return std::nullopt;
  const std::string& text = it->second;
  if (text.empty() || text.size() > 15 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return std::stoll(text);
}

}  // namespace anskaffa::http
