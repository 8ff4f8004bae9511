#include "server/store/usage_changes.h"

namespace anskaffa::store {

std::int64_t append_usage_change(Connection& connection, const UsageChange& c) {
  auto insert = connection.prepare(
      "INSERT INTO usage_changes (at, user_id, catalog_id, unit_id, kind, before, after,"
      " request_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
  insert.bind(1, c.at)
      .bind(2, c.user_id)
      .bind(3, c.catalog_id)
      .bind(4, c.unit_id)
      .bind(5, c.kind)
      .bind(6, c.before)
      .bind(7, c.after)
      .bind(8, c.request_id);
  insert.run();
  return connection.last_insert_rowid();
}

UsageChangePage list_usage_changes(Connection& connection, const UsageChangeQuery& query) {
  constexpr const char* where =
      " WHERE (?1 IS NULL OR c.unit_id = ?1) AND (?2 IS NULL OR c.catalog_id = ?2)";
  UsageChangePage page;
  {
    auto count = connection.prepare(std::string("SELECT count(*) FROM usage_changes c") + where);
    count.bind(1, query.unit_id).bind(2, query.catalog_id);
    count.step();
    page.total = count.column_int64(0);
  }
  auto rows = connection.prepare(
      std::string("SELECT c.id, c.at, c.user_id, c.catalog_id, c.unit_id, c.kind, c.before,"
                  " c.after, c.request_id, p.name, e.name, n.name, r.case_number"
                  " FROM usage_changes c"
                  " JOIN catalog_entries e ON e.id = c.catalog_id"
                  " JOIN units n ON n.id = c.unit_id"
                  " LEFT JOIN users p ON p.id = c.user_id"
                  " LEFT JOIN requests r ON r.id = c.request_id") +
      where + " ORDER BY c.at DESC, c.id DESC LIMIT ?3 OFFSET ?4");
  rows.bind(1, query.unit_id)
      .bind(2, query.catalog_id)
      .bind(3, query.per_page)
      .bind(4, (query.page - 1) * query.per_page);
  while (rows.step()) {
    UsageChangeRow row;
    UsageChange& c = row.change;
    c.id = rows.column_int64(0);
    c.at = rows.column_int64(1);
    c.user_id = rows.column_optional_int64(2);
    c.catalog_id = rows.column_int64(3);
    c.unit_id = rows.column_int64(4);
    c.kind = rows.column_text(5);
    c.before = rows.column_text(6);
    c.after = rows.column_text(7);
    c.request_id = rows.column_optional_int64(8);
    if (!rows.column_is_null(9)) row.user_name = rows.column_text(9);
    row.resource_name = rows.column_text(10);
    row.unit_name = rows.column_text(11);
    if (!rows.column_is_null(12)) row.case_number = rows.column_text(12);
    page.items.push_back(std::move(row));
  }
  return page;
}

}  // namespace anskaffa::store
