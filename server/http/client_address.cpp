#include "server/http/client_address.h"

namespace anskaffa::http {
namespace {

// An IPv4 or IPv6 address's characters, within an address's length. Enough to refuse a header
// that holds anything else (it is also a key in the throttle's table).
bool looks_like_address(std::string_view text) {
  if (text.empty() || text.size() > 45) return false;
  for (char c : text) {
    const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (!hex && c != '.' && c != ':') return false;
  }
  return true;
}

std::string_view trim_address_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

}  // namespace

bool is_loopback(std::string_view address) {
  return address.starts_with("127.") || address == "::1" || address.starts_with("::ffff:127.");
}

bool came_through_proxy(const httplib::Request& request) {
  return request.has_header("X-Forwarded-For") || request.has_header("Forwarded") ||
         request.has_header("X-Real-IP");
}

std::string client_address(const httplib::Request& request) {
  if (!is_loopback(request.remote_addr) || !request.has_header("X-Forwarded-For")) {
    return request.remote_addr;
  }
  // Several X-Forwarded-For headers read as one list, in order; the proxy's entry is last.
  const std::size_t count = request.get_header_value_count("X-Forwarded-For");
  const std::string last = request.get_header_value("X-Forwarded-For", "", count - 1);
  const auto comma = last.rfind(',');
  const std::string_view entry =
      trim_address_spaces(comma == std::string::npos ? std::string_view(last)
                                                     : std::string_view(last).substr(comma + 1));
  return looks_like_address(entry) ? std::string(entry) : request.remote_addr;
}

}  // namespace anskaffa::http
