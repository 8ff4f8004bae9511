#include "shared/user.h"

#include <algorithm>

namespace anskaffa {

std::string_view role_key(Role role) {
  switch (role) {
    case Role::requester:
      return "requester";
    case Role::principal:
      return "principal";
    case Role::reviewer:
      return "reviewer";
    case Role::infosec:
      return "infosec";
    case Role::admin:
      return "admin";
  }
  return "requester";
}

std::optional<Role> parse_role(std::string_view key) {
  for (Role role : all_roles) {
    if (role_key(role) == key) return role;
  }
  return std::nullopt;
}

bool User::has(Role role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool User::principal_of(std::int64_t unit_id) const {
  return has(Role::principal) && std::find(units.begin(), units.end(), unit_id) != units.end();
}

}  // namespace anskaffa
