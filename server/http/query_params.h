// The query string of the registers' GET endpoints, read strictly: a parameter that is present
// must say something understood, or the handler answers 400 (never a guess).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

// The parameter's value; nothing when absent or empty.
std::optional<std::string> query_param(const httplib::Request& request, const char* name);

// Digits only, at least 1; nothing otherwise.
std::optional<std::int64_t> positive_integer(const std::string& text);

struct Paging {
  std::int64_t page = 1;  // from 1
  std::int64_t per_page = 50;
};

// page and per_page (default_per_page when absent, above 200 taken as 200); nothing when either
// is not a positive integer.
std::optional<Paging> read_paging(const httplib::Request& request,
                                  std::int64_t default_per_page = 50);

}  // namespace anskaffa::http
