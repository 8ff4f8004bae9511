// Who sent a request: the user of a live session named by the request's cookie.
#pragma once

#include <optional>

#include "server/http/app.h"
#include "server/http/httplib_config.h"
#include "server/store/users.h"

namespace anskaffa::http {

// The signed-in user, or nothing (no cookie, unknown or expired session, disabled account).
std::optional<store::User> current_user(App& app, const httplib::Request& request);

// current_user, or a 401 already written to response.
std::optional<store::User> require_user(App& app, const httplib::Request& request,
                                        httplib::Response& response);

}  // namespace anskaffa::http
