// Account e-mail addresses: compared without regard to ASCII case or surrounding space, so
// "Anna@Skola.example " signs in the account "anna@skola.example".
#pragma once

#include <string>
#include <string_view>

namespace anskaffa::auth {

std::string normalize_email(std::string_view email);

// One '@' with something on both sides, a dot in the domain, no spaces or control characters,
// at most 254 bytes. Enough to catch typing mistakes in the CLI; not a full RFC 5322 parser.
bool plausible_email(std::string_view normalized);

}  // namespace anskaffa::auth
