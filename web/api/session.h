// The session endpoints of SPEC 8 (POST, GET and DELETE /api/v1/session) for the app.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "shared/lang.h"
#include "shared/user.h"

namespace anskaffa::web::api {

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::vector<std::string> roles;
  std::vector<std::int64_t> units;  // the units the user is principal of
};

struct SessionResult {
  bool signed_in = false;
  User user;
  int status = 0;       // the HTTP status; 0 when the server could not be reached
  std::string message;  // the server's error message (in the requested language), if any
  // How long the session lasts without a request, in seconds; 0 when the server did not say.
  std::int64_t idle_seconds = 0;
};

// The user as the core's permissions know them (shared/user.h); unknown role keys are left out.
anskaffa::User core_user(const User& user);

using SessionCallback = std::function<void(const SessionResult&)>;

void sign_in(const std::string& email, const std::string& password, Lang lang,
             SessionCallback done);
// Who the session cookie belongs to, if anyone (a reload keeps the user signed in).
void current_session(Lang lang, SessionCallback done);
void sign_out(Lang lang, SessionCallback done);

}  // namespace anskaffa::web::api
