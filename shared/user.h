// Who is acting: an account's id, its roles and the units it is principal of (SPEC 1).
// Permissions come from the account, never from what a request says about its requester.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace anskaffa {

enum class Role { requester, principal, reviewer, infosec, admin };

std::string_view role_key(Role role);
std::optional<Role> parse_role(std::string_view key);
inline constexpr Role all_roles[] = {Role::requester, Role::principal, Role::reviewer,
                                     Role::infosec, Role::admin};

struct User {
  std::int64_t id = 0;
  std::vector<Role> roles;
  std::vector<std::int64_t> units;  // where the user is principal

  bool has(Role role) const;
  bool principal_of(std::int64_t unit_id) const;
};

}  // namespace anskaffa
