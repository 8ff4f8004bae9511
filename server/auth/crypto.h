// libsodium must be initialised once before use; every function of auth/ that calls it first
// calls require_sodium(). Thread-safe.
#pragma once

namespace anskaffa::auth {

void require_sodium();

}  // namespace anskaffa::auth
