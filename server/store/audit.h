// The audit trail (SPEC 4, 9): who did what to which entity, when, from which state to which,
// with the comment and details. Rows are only ever appended; triggers in the schema refuse any
// UPDATE or DELETE, whoever asks.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
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

// Call inside the write transaction that makes the change it records.
void append_audit(Connection& connection, const AuditEntry& entry);
std::vector<AuditEntry> list_audit(Connection& connection, const std::string& entity,
                                   std::int64_t entity_id);

}  // namespace anskaffa::store
