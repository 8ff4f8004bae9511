// The audit trail (SPEC 4, 9): who did what to which entity, when, from which state to which,
// with the comment and details. Rows are only ever appended; triggers in the schema refuse any
// UPDATE or DELETE, whoever asks.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct AuditEntry {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::optional<std::int64_t> user_id;  // nullopt: the system
  std::string entity;                   // "request", "agreement", "catalog_entry", ...
  std::int64_t entity_id = 0;
  std::string action;
  std::string from;
  std::string to;
  std::string comment;
  std::string details = "{}";  // a JSON object
};

// Every entity the server writes audit rows for; add one here when the server starts writing it,
// so that GET /api/v1/audit?entity= accepts it.
inline constexpr std::array<std::string_view, 6> audit_entities = {
    "agreement", "catalog_entry", "catalog_usage", "request", "unit", "user"};
bool is_audit_entity(std::string_view entity);

// Call inside the write transaction that makes the change it records.
void append_audit(Connection& connection, const AuditEntry& entry);
std::vector<AuditEntry> list_audit(Connection& connection, const std::string& entity,
                                   std::int64_t entity_id);

// The trail as GET /api/v1/audit reads it: newest first, optionally of one entity (and id),
// with the name of the user who acted.
struct AuditQuery {
  std::optional<std::string> entity;
  std::optional<std::int64_t> entity_id;
  std::int64_t page = 1;  // from 1
  std::int64_t per_page = 50;
};
struct AuditRow {
  AuditEntry entry;
  std::string user_name;  // "" for the system, or a user no longer found
};
struct AuditPage {
  std::vector<AuditRow> items;
  std::int64_t total = 0;
};
AuditPage list_audit_page(Connection& connection, const AuditQuery& query);

}  // namespace anskaffa::store
