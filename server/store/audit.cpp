#include "server/store/audit.h"

#include <algorithm>

namespace anskaffa::store {
namespace {

void bind_filter(Statement& statement, const AuditQuery& query) {
  if (query.entity) {
    statement.bind(1, *query.entity);
  } else {
    statement.bind_null(1);
  }
  statement.bind(2, query.entity_id);
}

}  // namespace

bool is_audit_entity(std::string_view entity) {
  return std::find(audit_entities.begin(), audit_entities.end(), entity) != audit_entities.end();
}

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

AuditPage list_audit_page(Connection& connection, const AuditQuery& query) {
  constexpr const char* filter =
      " WHERE (?1 IS NULL OR a.entity = ?1) AND (?2 IS NULL OR a.entity_id = ?2)";
  AuditPage page;
  auto count = connection.prepare(std::string("SELECT count(*) FROM audit_log a") + filter);
  bind_filter(count, query);
  count.step();
  page.total = count.column_int64(0);
  auto rows = connection.prepare(
      std::string("SELECT a.id, a.at, a.user_id, a.entity, a.entity_id, a.action,"
                  " coalesce(a.from_state, ''), coalesce(a.to_state, ''), a.comment, a.details,"
                  " coalesce(u.name, '') FROM audit_log a LEFT JOIN users u ON u.id = a.user_id") +
      filter + " ORDER BY a.id DESC LIMIT ?3 OFFSET ?4");
  bind_filter(rows, query);
  rows.bind(3, query.per_page).bind(4, (query.page - 1) * query.per_page);
  while (rows.step()) {
    AuditRow row;
    AuditEntry& e = row.entry;
    e.id = rows.column_int64(0);
    e.at = rows.column_int64(1);
    e.user_id = rows.column_optional_int64(2);
    e.entity = rows.column_text(3);
    e.entity_id = rows.column_int64(4);
    e.action = rows.column_text(5);
    e.from = rows.column_text(6);
    e.to = rows.column_text(7);
    e.comment = rows.column_text(8);
    e.details = rows.column_text(9);
    row.user_name = rows.column_text(10);
    page.items.push_back(std::move(row));
  }
  return page;
}

}  // namespace anskaffa::store
