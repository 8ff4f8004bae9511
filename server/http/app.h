// What the HTTP handlers work with: the store and the services around it. One per server.
#pragma once

#include <filesystem>
#include <functional>

#include "server/auth/password.h"
#include "server/auth/sessions.h"
#include "server/auth/sign_in.h"
#include "server/store/database.h"
#include "server/workflow/notify.h"

namespace anskaffa::http {

struct App {
  store::Database& database;
  auth::Sessions& sessions;
  auth::PasswordChecker& passwords;
  auth::SignInThrottle& throttle;
  auth::Clock clock;
  std::filesystem::path web_root;  // canonical
  bool secure_cookies = false;
  // Whether actions also queue e-mail (an SMTP relay is configured), and what to call once such
  // an action has committed: it wakes the outbox's sender.
  workflow::MailSettings mail;
  std::function<void()> mail_queued;
};

}  // namespace anskaffa::http
