// The registers' permissions against SPEC 8's "who" column, written out here independently.
#include <catch2/catch.hpp>

#include "shared/registers.h"

namespace anskaffa {
namespace {

User with(std::vector<Role> roles, std::vector<std::int64_t> units = {}) {
  return User{7, std::move(roles), std::move(units)};
}

}  // namespace

TEST_CASE("registers: each access goes to the roles SPEC 8 names and no other", "[registers]") {
  struct Row {
    RegisterAccess access;
    bool requester, principal, reviewer, infosec, admin;
  };
  const Row table[] = {
      {RegisterAccess::read_catalog, true, true, true, true, true},
      {RegisterAccess::edit_catalog, false, false, true, false, false},
      {RegisterAccess::read_agreements, false, false, true, true, false},
      {RegisterAccess::manage_agreements, false, false, true, true, false},
      {RegisterAccess::read_changes, false, false, true, true, false},
      {RegisterAccess::read_audit, false, false, true, true, true},
      {RegisterAccess::export_registers, false, false, true, true, false},
      {RegisterAccess::read_stats_details, false, false, true, true, true},
      {RegisterAccess::list_reviewers, false, false, true, true, false},
      {RegisterAccess::manage_users, false, false, false, false, true},
      {RegisterAccess::manage_units, false, false, false, false, true},
  };
  for (const Row& row : table) {
    INFO(register_access_key(row.access));
    CHECK(may(with({Role::requester}), row.access) == row.requester);
    CHECK(may(with({Role::principal}, {3}), row.access) == row.principal);
    CHECK(may(with({Role::reviewer}), row.access) == row.reviewer);
    CHECK(may(with({Role::infosec}), row.access) == row.infosec);
    CHECK(may(with({Role::admin}), row.access) == row.admin);
    // Roles add up: a requester who is also a reviewer has the reviewer's access.
    CHECK(may(with({Role::requester, Role::reviewer}), row.access) == row.reviewer);
    CHECK_FALSE(may(User{}, row.access));
  }
}

TEST_CASE("registers: a unit's usage is changed by its principal or a reviewer", "[registers]") {
  CHECK(may_change_usage(with({Role::principal}, {3}), 3));
  CHECK_FALSE(may_change_usage(with({Role::principal}, {3}), 4));
  CHECK(may_change_usage(with({Role::reviewer}), 4));
  CHECK_FALSE(may_change_usage(with({Role::infosec}), 4));
  CHECK_FALSE(may_change_usage(with({Role::admin}), 4));
  CHECK_FALSE(may_change_usage(with({Role::requester}), 3));
}

}  // namespace anskaffa
