#include "server/auth/sign_in.h"

#include <optional>
#include <string>

#include "server/auth/email.h"
#include "server/store/users.h"

namespace anskaffa::auth {

SignInResult sign_in(store::Database& database, PasswordChecker& checker, SignInThrottle& throttle,
                     std::string_view email, std::string_view password, std::string_view address) {
  const std::string normalized = normalize_email(email);
  if (!throttle.allows(normalized, address)) {
    return SignInResult{SignInResult::Outcome::throttled, 0};
  }
  std::optional<store::Credentials> credentials;
  {
    auto connection = database.connect();
    credentials = store::find_credentials(*connection, normalized);
  }  // the connection goes back to the pool before the slow password check
  std::optional<std::string> hash;
  if (credentials && !credentials->disabled) hash = credentials->password_hash;
  const bool matches = checker.check(hash, password);
  throttle.record(normalized, address, matches);
  if (!matches) return SignInResult{SignInResult::Outcome::refused, 0};
  return SignInResult{SignInResult::Outcome::signed_in, credentials->user_id};
}

}  // namespace anskaffa::auth
