// The session cookie "anskaffa_session": HttpOnly (no script reads it), SameSite=Strict (no
// other site's page sends it, which with the JSON-only API is the CSRF defence), Path=/, and
// Secure when the server runs behind TLS (--secure-cookies).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

inline constexpr std::string_view session_cookie_name = "anskaffa_session";

// The token from the request's Cookie header(s), if any.
std::optional<std::string> session_token(const httplib::Request& request);

// Set-Cookie values that set and that clear the cookie.
std::string session_cookie(std::string_view token, bool secure);
std::string cleared_session_cookie(bool secure);

}  // namespace anskaffa::http
