// Who may do what with the registers beside the requests (SPEC 5 and 8): the catalogue, the
// agreements, the units' usage, the change feed, the audit trail, the exports and the
// statistics. The request workflow's own rules are in permissions.h; these are the rest, so
// that the server asks the core for every permission and decides none itself.
#pragma once

#include <cstdint>
#include <string_view>

#include "shared/user.h"

namespace anskaffa {

enum class RegisterAccess {
  read_catalog,        // the catalogue and its entries: everyone signed in
  edit_catalog,        // an entry's status, conditions or reason: reviewers
  read_agreements,     // the agreements register: reviewers, security coordinators
  manage_agreements,   // create, renew, terminate, attach the signed PDF: the same
  read_changes,        // the feed of register holder and administrator changes: the same
  read_audit,          // the audit trail: reviewers, security coordinators, administrators
  export_registers,    // the CSV exports: reviewers, security coordinators
  read_stats_details,  // the statistics beyond counts: reviewers, coordinators, administrators
  list_reviewers,      // who a request can be assigned to: reviewers, security coordinators
  manage_users,        // accounts, their roles and units, their passwords: administrators
  manage_units,        // add and rename school units: administrators
};

std::string_view register_access_key(RegisterAccess access);

bool may(const User& user, RegisterAccess access);

// A unit's use of a resource (register holder, system administrator, end of use) is changed by
// the unit's principal or by a reviewer (SPEC 5, 8).
bool may_change_usage(const User& user, std::int64_t unit_id);

}  // namespace anskaffa
