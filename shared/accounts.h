// An account and a school unit as an administrator edits them (SPEC 1): the rules their fields
// must satisfy, as findings under the fields' keys (email, name, roles, units, password,
// school_form), so that the server's refusal and the app's hints under the fields are the same.
// The password policy lives here too, for the server's endpoints and `user add` alike.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shared/finding.h"
#include "shared/lang.h"
#include "shared/validate.h"

namespace anskaffa {

// Shortest password accepted, in code points; longest, in bytes (longer ones are refused
// rather than hashed).
inline constexpr std::size_t min_password_length = 8;
inline constexpr std::size_t max_password_bytes = 1024;
// Longest name of a person or a unit, and of a school form, in code points.
inline constexpr std::size_t max_name_length = 200;
inline constexpr std::size_t max_school_form_length = 100;

struct Account {
  std::string email;                // as typed; surrounding space is not part of it
  std::string name;                 // as typed
  std::vector<std::string> roles;   // the core's role keys
  std::vector<std::int64_t> units;  // where the account is principal
};

// Findings of errors only. `units` are the units that exist: a unit not among them is
// unknown_unit.
Findings validate_account(const Account& account, const std::vector<UnitRef>& units, Lang lang);

Findings validate_password(std::string_view password, Lang lang);

// A unit's name (required, at most max_name_length) and school form (optional).
Findings validate_unit(std::string_view name, std::string_view school_form, Lang lang);

}  // namespace anskaffa
