#include "server/store/catalog.h"

namespace anskaffa::store {
namespace {

constexpr const char* catalog_columns =
    "id, name, supplier_name, supplier_org_number, website_url, description, resource_type,"
    " grade_levels, personal_data, status, conditions, reason, decided_at, dpa_agreement_id,"
    " service_agreement_id, request_id, created_at, updated_at";

}  // namespace

CatalogRecord read_catalog_entry(const Statement& row) {
  CatalogRecord e;
  e.id = row.column_int64(0);
  e.name = row.column_text(1);
  e.supplier_name = row.column_text(2);
  e.supplier_org_number = row.column_text(3);
  e.website_url = row.column_text(4);
  e.description = row.column_text(5);
  e.resource_type = row.column_text(6);
  e.grade_levels = row.column_text(7);
  e.personal_data = row.column_text(8);
  e.status = row.column_text(9);
  e.conditions = row.column_text(10);
  e.reason = row.column_text(11);
  e.decided_at = row.column_optional_int64(12);
  e.dpa_agreement_id = row.column_optional_int64(13);
  e.service_agreement_id = row.column_optional_int64(14);
  e.request_id = row.column_optional_int64(15);
  e.created_at = row.column_int64(16);
  e.updated_at = row.column_int64(17);
  return e;
}

namespace {

constexpr const char* usage_columns =
    "catalog_id, unit_id, register_holder_name, register_holder_email, system_admin_name,"
    " system_admin_email, since, ended, request_id";

CatalogUsage read_usage(const Statement& row) {
  CatalogUsage u;
  u.catalog_id = row.column_int64(0);
  u.unit_id = row.column_int64(1);
  u.register_holder_name = row.column_text(2);
  u.register_holder_email = row.column_text(3);
  u.system_admin_name = row.column_text(4);
  u.system_admin_email = row.column_text(5);
  u.since = row.column_text(6);
  if (!row.column_is_null(7)) u.ended = row.column_text(7);
  u.request_id = row.column_optional_int64(8);
  return u;
}

// Binds ?2 to ?16: the columns after id, up to the timestamps.
void bind_entry(Statement& s, const CatalogRecord& e) {
  s.bind(2, e.name)
      .bind(3, e.supplier_name)
      .bind(4, e.supplier_org_number)
      .bind(5, e.website_url)
      .bind(6, e.description)
      .bind(7, e.resource_type)
      .bind(8, e.grade_levels)
      .bind(9, e.personal_data)
      .bind(10, e.status)
      .bind(11, e.conditions)
      .bind(12, e.reason);
  s.bind(13, e.decided_at);
  s.bind(14, e.dpa_agreement_id);
  s.bind(15, e.service_agreement_id);
  s.bind(16, e.request_id);
}

}  // namespace

std::int64_t insert_catalog_entry(Connection& connection, const CatalogRecord& entry) {
  auto insert = connection.prepare(
      "INSERT INTO catalog_entries (name, supplier_name, supplier_org_number, website_url,"
      " description, resource_type, grade_levels, personal_data, status, conditions, reason,"
      " decided_at, dpa_agreement_id, service_agreement_id, request_id, created_at, updated_at)"
      " VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
  bind_entry(insert, entry);
  insert.bind(17, entry.created_at).bind(18, entry.updated_at);
  insert.run();
  return connection.last_insert_rowid();
}

void update_catalog_entry(Connection& connection, const CatalogRecord& entry) {
  auto update = connection.prepare(
      "UPDATE catalog_entries SET name = ?2, supplier_name = ?3, supplier_org_number = ?4,"
      " website_url = ?5, description = ?6, resource_type = ?7, grade_levels = ?8,"
      " personal_data = ?9, status = ?10, conditions = ?11, reason = ?12, decided_at = ?13,"
      " dpa_agreement_id = ?14, service_agreement_id = ?15, request_id = ?16,"
      " updated_at = ?17 WHERE id = ?1");
  update.bind(1, entry.id);
  bind_entry(update, entry);
  update.bind(17, entry.updated_at);
  update.run();
}

std::optional<CatalogRecord> find_catalog_entry(Connection& connection, std::int64_t id) {
  auto query = connection.prepare(std::string("SELECT ") + catalog_columns +
                                  " FROM catalog_entries WHERE id = ?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return read_catalog_entry(query);
}

std::optional<CatalogRecord> find_catalog_entry_by_name(Connection& connection,
                                                        std::string_view name) {
  auto query = connection.prepare(std::string("SELECT ") + catalog_columns +
                                  " FROM catalog_entries WHERE name = ?1 COLLATE NOCASE"
                                  " ORDER BY id LIMIT 1");
  query.bind(1, name);
  if (!query.step()) return std::nullopt;
  return read_catalog_entry(query);
}

std::vector<CatalogName> list_catalog_names(Connection& connection) {
  auto query = connection.prepare("SELECT id, name, status FROM catalog_entries");
  std::vector<CatalogName> found;
  while (query.step()) {
    found.push_back({query.column_int64(0), query.column_text(1), query.column_text(2)});
  }
  return found;
}

std::int64_t count_catalog(Connection& connection) {
  auto query = connection.prepare("SELECT count(*) FROM catalog_entries");
  query.step();
  return query.column_int64(0);
}

void upsert_usage(Connection& connection, const CatalogUsage& u) {
  auto upsert = connection.prepare(
      "INSERT INTO catalog_units (catalog_id, unit_id, register_holder_name,"
      " register_holder_email, system_admin_name, system_admin_email, since, ended, request_id)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
      " ON CONFLICT (catalog_id, unit_id) DO UPDATE SET"
      " register_holder_name = excluded.register_holder_name,"
      " register_holder_email = excluded.register_holder_email,"
      " system_admin_name = excluded.system_admin_name,"
      " system_admin_email = excluded.system_admin_email,"
      " since = CASE WHEN catalog_units.ended IS NULL THEN catalog_units.since"
      " ELSE excluded.since END,"
      " ended = excluded.ended, request_id = excluded.request_id");
  upsert.bind(1, u.catalog_id)
      .bind(2, u.unit_id)
      .bind(3, u.register_holder_name)
      .bind(4, u.register_holder_email)
      .bind(5, u.system_admin_name)
      .bind(6, u.system_admin_email)
      .bind(7, u.since);
  if (u.ended) {
    upsert.bind(8, *u.ended);
  } else {
    upsert.bind_null(8);
  }
  upsert.bind(9, u.request_id);
  upsert.run();
}

std::vector<CatalogUsage> list_usage(Connection& connection, std::int64_t catalog_id) {
  auto query = connection.prepare(std::string("SELECT ") + usage_columns +
                                  " FROM catalog_units WHERE catalog_id = ?1 ORDER BY unit_id");
  query.bind(1, catalog_id);
  std::vector<CatalogUsage> found;
  while (query.step()) found.push_back(read_usage(query));
  return found;
}

std::optional<CatalogUsage> find_usage(Connection& connection, std::int64_t catalog_id,
                                       std::int64_t unit_id) {
  auto query = connection.prepare(std::string("SELECT ") + usage_columns +
                                  " FROM catalog_units WHERE catalog_id = ?1 AND unit_id = ?2");
  query.bind(1, catalog_id).bind(2, unit_id);
  if (!query.step()) return std::nullopt;
  return read_usage(query);
}

void update_usage(Connection& connection, const CatalogUsage& u) {
  auto update = connection.prepare(
      "UPDATE catalog_units SET register_holder_name = ?3, register_holder_email = ?4,"
      " system_admin_name = ?5, system_admin_email = ?6, ended = ?7"
      " WHERE catalog_id = ?1 AND unit_id = ?2");
  update.bind(1, u.catalog_id)
      .bind(2, u.unit_id)
      .bind(3, u.register_holder_name)
      .bind(4, u.register_holder_email)
      .bind(5, u.system_admin_name)
      .bind(6, u.system_admin_email);
  if (u.ended) {
    update.bind(7, *u.ended);
  } else {
    update.bind_null(7);
  }
  update.run();
}

std::vector<UsageRow> list_usage_rows(Connection& connection,
                                      std::optional<std::int64_t> catalog_id) {
  std::string sql = "SELECT ";
  for (std::string_view column :
       {"u.catalog_id", "u.unit_id", "u.register_holder_name", "u.register_holder_email",
        "u.system_admin_name", "u.system_admin_email", "u.since", "u.ended", "u.request_id"}) {
    sql += std::string(column) + ", ";
  }
  sql +=
      "e.name, n.name FROM catalog_units u JOIN catalog_entries e ON e.id = u.catalog_id"
      " JOIN units n ON n.id = u.unit_id WHERE ?1 IS NULL OR u.catalog_id = ?1"
      " ORDER BY e.name COLLATE NOCASE, e.id, n.name COLLATE NOCASE, n.id";
  auto query = connection.prepare(sql);
  query.bind(1, catalog_id);
  std::vector<UsageRow> found;
  while (query.step()) {
    found.push_back(UsageRow{read_usage(query), query.column_text(9), query.column_text(10)});
  }
  return found;
}

}  // namespace anskaffa::store
