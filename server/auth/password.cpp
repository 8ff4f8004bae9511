#include "server/auth/password.h"

#include <sodium.h>

#include <array>
#include <stdexcept>

#include "server/auth/crypto.h"

namespace anskaffa::auth {
namespace {

constexpr std::ptrdiff_t concurrent_checks = 4;

}  // namespace

std::string hash_password(std::string_view password) {
  require_sodium();
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), password.data(), password.size(),
                        crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    throw std::runtime_error("out of memory while hashing a password");
  }
  return std::string(out.data());
}

bool verify_password(const std::string& hash, std::string_view password) {
  require_sodium();
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

PasswordChecker::PasswordChecker() : slots_(concurrent_checks) {
  std::array<unsigned char, 32> random{};
  require_sodium();
  randombytes_buf(random.data(), random.size());
  stand_in_hash_ =
      hash_password(std::string_view(reinterpret_cast<const char*>(random.data()), random.size()));
}

bool PasswordChecker::check(const std::optional<std::string>& hash, std::string_view password) {
  const bool acceptable = password.size() <= max_password_bytes;
  // A password too long to accept is checked with an empty one, to spend the same time.
  const std::string_view checked = acceptable ? password : std::string_view();
  slots_.acquire();
  bool matches = false;
  try {
    matches = verify_password(hash ? *hash : stand_in_hash_, checked);
  } catch (...) {
    slots_.release();
    throw;
  }
  slots_.release();
  return matches && acceptable && hash.has_value();
}

}  // namespace anskaffa::auth
