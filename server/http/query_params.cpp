#include "server/http/query_params.h"

#include <algorithm>

#include "server/http/path_id.h"

namespace anskaffa::http {
namespace {

constexpr std::int64_t max_per_page = 200;

}  // namespace

std::optional<std::string> query_param(const httplib::Request& request, const char* name) {
  if (!request.has_param(name)) return std::nullopt;
  std::string value = request.get_param_value(name);
  if (value.empty()) return std::nullopt;
  return value;
}

std::optional<std::int64_t> positive_integer(const std::string& text) {
  const auto number = whole_number(text);
  if (!number || *number < 1) return std::nullopt;
  return number;
}

std::optional<Paging> read_paging(const httplib::Request& request, std::int64_t default_per_page) {
  Paging paging;
  paging.per_page = default_per_page;
  if (auto page = query_param(request, "page")) {
    const auto number = positive_integer(*page);
    if (!number) return std::nullopt;
    paging.page = *number;
  }
  if (auto per_page = query_param(request, "per_page")) {
    const auto number = positive_integer(*per_page);
    if (!number) return std::nullopt;
    paging.per_page = std::min(*number, max_per_page);
  }
  return paging;
}

}  // namespace anskaffa::http
