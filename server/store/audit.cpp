#include "server/store/audit.h"

namespace anskaffa::store {

void append_audit(Connection& connection, const AuditEntry& entry) {
  auto insert = connection.prepare(
      "INSERT INTO audit_log (at, user_id, entity, entity_id, action, from_state, to_state,"
      " comment, details) VALUES (?1, ?2, ?3, ?4, ?5, nullif(?6, ''), nullif(?7, ''), ?8, ?9)");
  insert.bind(1, entry.at);
  if (entry.user_id) {
    insert.bind(2, *entry.user_id);
  } else {
    insert.bind_null(2);
  }
  insert.bind(3, entry.entity)
      .bind(4, entry.entity_id)
      .bind(5, entry.action)
      .bind(6, entry.from)
      .bind(7, entry.to)
      .bind(8, entry.comment)
      .bind(9, entry.details);
  insert.run();
}

std::vector<AuditEntry> list_audit(Connection& connection, const std::string& entity,
                                   std::int64_t entity_id) {
  auto query = connection.prepare(
      "SELECT id, at, user_id, entity, entity_id, action, coalesce(from_state, ''),"
      " coalesce(to_state, ''), comment, details FROM audit_log"
      " WHERE entity = ?1 AND entity_id = ?2 ORDER BY id");
  query.bind(1, entity).bind(2, entity_id);
  std::vector<AuditEntry> entries;
  while (query.step()) {
    AuditEntry e;
    e.id = query.column_int64(0);
    e.at = query.column_int64(1);
    if (!query.column_is_null(2)) e.user_id = query.column_int64(2);
    e.entity = query.column_text(3);
    e.entity_id = query.column_int64(4);
    e.action = query.column_text(5);
    e.from = query.column_text(6);
    e.to = query.column_text(7);
    e.comment = query.column_text(8);
    e.details = query.column_text(9);
    entries.push_back(std::move(e));
  }
  return entries;
}

}  // namespace anskaffa::store
