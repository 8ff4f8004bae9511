#include "shared/registers.h"

namespace anskaffa {

std::string_view register_access_key(RegisterAccess access) {
  switch (access) {
    case RegisterAccess::read_catalog:
      return "read_catalog";
    case RegisterAccess::edit_catalog:
      return "edit_catalog";
    case RegisterAccess::read_agreements:
      return "read_agreements";
    case RegisterAccess::manage_agreements:
      return "manage_agreements";
    case RegisterAccess::read_changes:
      return "read_changes";
    case RegisterAccess::read_audit:
      return "read_audit";
    case RegisterAccess::export_registers:
      return "export_registers";
    case RegisterAccess::read_stats_details:
      return "read_stats_details";
    case RegisterAccess::list_reviewers:
      return "list_reviewers";
    case RegisterAccess::manage_users:
      return "manage_users";
    case RegisterAccess::manage_units:
      return "manage_units";
  }
  return "";
}

bool may(const User& user, RegisterAccess access) {
  const bool reviewer = user.has(Role::reviewer);
  const bool infosec = user.has(Role::infosec);
  switch (access) {
    case RegisterAccess::read_catalog:
      return user.id != 0;
    case RegisterAccess::edit_catalog:
      return reviewer;
    case RegisterAccess::read_agreements:
    case RegisterAccess::manage_agreements:
    case RegisterAccess::read_changes:
    case RegisterAccess::export_registers:
    case RegisterAccess::list_reviewers:
      return reviewer || infosec;
    case RegisterAccess::read_audit:
    case RegisterAccess::read_stats_details:
      return reviewer || infosec || user.has(Role::admin);
    case RegisterAccess::manage_users:
    case RegisterAccess::manage_units:
      return user.has(Role::admin);
  }
  return false;
}

bool may_change_usage(const User& user, std::int64_t unit_id) {
  return user.has(Role::reviewer) || user.principal_of(unit_id);
}

}  // namespace anskaffa
