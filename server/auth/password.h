// Passwords, hashed with Argon2id (libsodium's crypto_pwhash_str, "interactive" limits: two
// passes over 64 MiB). The hash string carries its own salt and parameters ("$argon2id$...").
#pragma once

#include <cstddef>
#include <optional>
#include <semaphore>
#include <string>
#include <string_view>

#include "shared/accounts.h"

namespace anskaffa::auth {

// The password policy is the core's (shared/accounts.h), the same for `user add` and the
// admin endpoints; sign-in refuses anything longer than its limit rather than hashing it.
using anskaffa::max_password_bytes;
using anskaffa::min_password_length;

std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

// Checks passwords at sign-in. Each check holds 64 MiB for a moment, so at most a few run at
// once whatever the number of HTTP workers; the rest wait their turn.
class PasswordChecker {
 public:
  PasswordChecker();

  // True when password matches hash. With no hash (no such account) it does the same work
  // against a stand-in hash and answers false, so the time taken does not tell an attacker
  // whether the account exists (SPEC 8).
  bool check(const std::optional<std::string>& hash, std::string_view password);

 private:
  std::string stand_in_hash_;
  std::counting_semaphore<16> slots_;
};

}  // namespace anskaffa::auth
