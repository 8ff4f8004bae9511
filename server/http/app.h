// What the HTTP handlers work with: the store and the services around it. One per server.
#pragma once

#include <filesystem>

#include "server/auth/password.h"
#include "server/auth/sessions.h"
#include "server/auth/sign_in.h"
#include "server/store/database.h"

namespace anskaffa::http {

struct App {
  store::Database& database;
  auth::Sessions& sessions;
  auth::PasswordChecker& passwords;
  auth::SignInThrottle& throttle;
  auth::Clock clock;
  std::filesystem::path web_root;  // canonical
  bool secure_cookies = false;
};

}  // namespace anskaffa::http
