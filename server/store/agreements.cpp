#include "server/store/agreements.h"

namespace anskaffa::store {
namespace {

constexpr const char* columns =
    "id, kind, supplier_name, reference, coalesce(route, ''), signed_by, signed_on, valid_from,"
    " valid_until, attachment_id, terminated, request_id, created_by, created_at";

AgreementRecord read_agreement(const Statement& row) {
  AgreementRecord a;
  a.id = row.column_int64(0);
  a.kind = row.column_text(1);
  a.supplier_name = row.column_text(2);
  a.reference = row.column_text(3);
  a.route = row.column_text(4);
  a.signed_by = row.column_text(5);
  a.signed_on = row.column_text(6);
  a.valid_from = row.column_text(7);
  a.valid_until = row.column_text(8);
  a.attachment_id = row.column_optional_int64(9);
  a.terminated = row.column_int64(10) != 0;
  a.request_id = row.column_optional_int64(11);
  a.created_by = row.column_optional_int64(12);
  a.created_at = row.column_int64(13);
  return a;
}

}  // namespace

std::int64_t insert_agreement(Connection& connection, const AgreementRecord& a) {
  auto insert = connection.prepare(
      "INSERT INTO agreements (kind, supplier_name, reference, route, signed_by, signed_on,"
      " valid_from, valid_until, attachment_id, terminated, request_id, created_by, created_at,"
      " updated_at) VALUES (?1, ?2, ?3, nullif(?4, ''), ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13,"
      " ?13)");
  insert.bind(1, a.kind)
      .bind(2, a.supplier_name)
      .bind(3, a.reference)
      .bind(4, a.route)
      .bind(5, a.signed_by)
      .bind(6, a.signed_on)
      .bind(7, a.valid_from)
      .bind(8, a.valid_until);
  insert.bind(9, a.attachment_id);
  insert.bind(10, std::int64_t{a.terminated ? 1 : 0});
  insert.bind(11, a.request_id);
  insert.bind(12, a.created_by);
  insert.bind(13, a.created_at);
  insert.run();
  return connection.last_insert_rowid();
}

std::optional<AgreementRecord> find_agreement(Connection& connection, std::int64_t id) {
  auto query =
      connection.prepare(std::string("SELECT ") + columns + " FROM agreements WHERE id = ?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return read_agreement(query);
}

std::vector<AgreementRecord> list_agreements(Connection& connection) {
  auto query = connection.prepare(std::string("SELECT ") + columns +
                                  " FROM agreements ORDER BY valid_until, id");
  std::vector<AgreementRecord> found;
  while (query.step()) found.push_back(read_agreement(query));
  return found;
}

bool agreement_valid_on(Connection& connection, std::optional<std::int64_t> id,
                        const std::string& kind, const std::string& today) {
  if (!id) return false;
  auto query = connection.prepare(
      "SELECT 1 FROM agreements WHERE id = ?1 AND kind = ?2 AND terminated = 0"
      " AND valid_from <= ?3 AND ?3 <= valid_until");
  query.bind(1, *id).bind(2, kind).bind(3, today);
  return query.step();
}

}  // namespace anskaffa::store
