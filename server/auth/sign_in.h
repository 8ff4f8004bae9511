// Sign-in: an e-mail and a password in, a user id or a refusal out. A refusal never says
// whether the account exists, in its answer or in the time it takes.
#pragma once

#include <cstdint>
#include <string_view>

#include "server/auth/password.h"
#include "server/store/database.h"

namespace anskaffa::auth {

// Where SPEC 8's throttle plugs in (429 after 10 failures for an account or 50 from an address
// within 15 minutes). Sign-in asks it before checking a password and tells it every outcome.
class SignInThrottle {
 public:
  virtual ~SignInThrottle() = default;
  virtual bool allows(std::string_view email, std::string_view address) = 0;
  virtual void record(std::string_view email, std::string_view address, bool succeeded) = 0;
};

// No throttling yet: the counting throttle comes with issue 3 ("Sign-in throttling").
class NoThrottle final : public SignInThrottle {
 public:
  bool allows(std::string_view, std::string_view) override { return true; }
  void record(std::string_view, std::string_view, bool) override {}
};

struct SignInResult {
  enum class Outcome { signed_in, refused, throttled };
  Outcome outcome = Outcome::refused;
  std::int64_t user_id = 0;  // when signed_in
};

// address is the peer's address as the socket reports it, never a header.
SignInResult sign_in(store::Database& database, PasswordChecker& checker, SignInThrottle& throttle,
                     std::string_view email, std::string_view password, std::string_view address);

}  // namespace anskaffa::auth
