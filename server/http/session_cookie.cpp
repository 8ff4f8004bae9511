#include "server/http/session_cookie.h"

namespace anskaffa::http {
namespace {

std::string_view trim_cookie_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string attributes(bool secure) {
  std::string result = "; HttpOnly; SameSite=Strict; Path=/";
  if (secure) result += "; Secure";
  return result;
}

}  // namespace

std::optional<std::string> session_token(const httplib::Request& request) {
  const std::size_t count = request.get_header_value_count("Cookie");
  for (std::size_t i = 0; i < count; ++i) {
    const std::string header = request.get_header_value("Cookie", "", i);
    std::string_view rest = header;
    while (!rest.empty()) {
      const auto semicolon = rest.find(';');
      const std::string_view pair = trim_cookie_spaces(rest.substr(0, semicolon));
      rest = semicolon == std::string_view::npos ? std::string_view() : rest.substr(semicolon + 1);
      const auto equals = pair.find('=');
      if (equals == std::string_view::npos) continue;
      if (trim_cookie_spaces(pair.substr(0, equals)) != session_cookie_name) continue;
      const std::string_view value = trim_cookie_spaces(pair.substr(equals + 1));
      if (!value.empty()) return std::string(value);
    }
  }
  return std::nullopt;
}

std::string session_cookie(std::string_view token, bool secure) {
  std::string cookie(session_cookie_name);
  cookie += '=';
  cookie += token;
  cookie += attributes(secure);
  return cookie;
}

std::string cleared_session_cookie(bool secure) {
  std::string cookie(session_cookie_name);
  cookie += "=; Max-Age=0";
  cookie += attributes(secure);
  return cookie;
}

}  // namespace anskaffa::http
