// SPEC 8's sign-in throttle, kept in the database so that a restart forgives nothing: after 10
// failures for an account, or 50 from one address, within 15 minutes, sign-in from there is
// refused (429) for 15 minutes. A success clears the account's failures but not the address's:
// an attacker who owns one account must not reset the count for the others they try.
#pragma once

#include <chrono>

#include "server/auth/sessions.h"
#include "server/auth/sign_in.h"
#include "server/store/database.h"

namespace anskaffa::auth {

struct ThrottlePolicy {
  int account_failures = 10;
  int address_failures = 50;
  std::chrono::seconds window = 15min;
  std::chrono::seconds lockout = 15min;
};

class DatabaseThrottle final : public SignInThrottle {
 public:
  DatabaseThrottle(store::Database& database, Clock clock, ThrottlePolicy policy = {});
  bool allows(std::string_view email, std::string_view address) override;
  void record(std::string_view email, std::string_view address, bool succeeded) override;

 private:
  store::Database& database_;
  Clock clock_;
  ThrottlePolicy policy_;
};

}  // namespace anskaffa::auth
