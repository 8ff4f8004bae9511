#include "server/auth/crypto.h"

#include <sodium.h>

#include <stdexcept>

namespace anskaffa::auth {

void require_sodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) throw std::runtime_error("libsodium could not be initialised");
}

}  // namespace anskaffa::auth
