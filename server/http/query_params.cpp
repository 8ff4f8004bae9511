#include "server/http/query_params.h"

#include <algorithm>

namespace anskaffa::http {
namespace {

constexpr std::int64_t default_per_page = 50;
constexpr std::int64_t max_per_page = 200;

}  // namespace

std::optional<std::string> query_param(const httplib::Request& request, const char* name) {
  if (!request.has_param(name)) return std::nullopt;
  std::string value = request.get_param_value(name);
  if (value.empty()) return std::nullopt;
  return value;
}

std::optional<std::int64_t> positive_integer(const std::string& text) {
  if (text.empty() || text.size() > 15 ||
      text.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  const std::int64_t number = std::stoll(text);
  if (number < 1) return std::nullopt;
  return number;
}

std::optional<Paging> read_paging(const httplib::Request& request) {
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
