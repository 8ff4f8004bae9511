#include "server/auth/session_token.h"

#include <sodium.h>

#include <array>

#include "server/auth/crypto.h"

namespace anskaffa::auth {

std::string new_session_token() {
  require_sodium();
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  constexpr int variant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::array<char, sodium_base64_ENCODED_LEN(32, variant)> text{};
  sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(), variant);
  sodium_memzero(bytes.data(), bytes.size());
  return std::string(text.data());
}

store::TokenHash hash_session_token(std::string_view token) {
  require_sodium();
  store::TokenHash hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  return hash;
}

}  // namespace anskaffa::auth
