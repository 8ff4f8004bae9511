// Session tokens: 32 random bytes from libsodium's CSPRNG, sent to the browser as base64url
// text in the cookie. The database keeps only a BLAKE2b hash of the text, so whoever reads a
// copy of the database cannot sign in as anyone.
#pragma once

#include <string>
#include <string_view>

#include "server/store/sessions.h"

namespace anskaffa::auth {

std::string new_session_token();
store::TokenHash hash_session_token(std::string_view token);

}  // namespace anskaffa::auth
