#include "server/store/agreements.h"

#include "server/store/agreement_documents.h"

namespace anskaffa::store {
namespace {

constexpr const char* agreement_columns =
    "id, kind, supplier_name, reference, coalesce(route, ''), signed_by, signed_on, valid_from,"
    " valid_until, attachment_id, terminated, request_id, created_by, created_at,"
    " terminated_on, updated_at";

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
  if (!row.column_is_null(14)) {
    a.terminated_on = row.column_text(14);
  } else if (a.terminated) {
    a.terminated_on = a.valid_from;
  }
  a.updated_at = row.column_int64(15);
  return a;
}

void insert_period(Connection& connection, std::int64_t id, const AgreementPeriodRecord& period) {
  auto insert = connection.prepare(
      "INSERT INTO agreement_periods (agreement_id, signed_on, valid_from, valid_until,"
      " recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  insert.bind(1, id)
      .bind(2, period.signed_on)
      .bind(3, period.valid_from)
      .bind(4, period.valid_until);
  insert.bind(5, period.recorded_by);
  insert.bind(6, period.recorded_at);
  insert.run();
}

// '\' escapes LIKE's own characters, so that the user's % and _ match themselves.
std::string agreement_like_pattern(const std::string& text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
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
  const std::int64_t id = connection.last_insert_rowid();
  insert_period(connection, id,
                {a.signed_on, a.valid_from, a.valid_until, a.created_by, a.created_at});
  if (a.attachment_id) {
    copy_attachment_to_agreement(connection, id, *a.attachment_id, a.created_by, a.created_at);
  }
  return id;
}

std::optional<AgreementRecord> find_agreement(Connection& connection, std::int64_t id) {
  auto query = connection.prepare(std::string("SELECT ") + agreement_columns +
                                  " FROM agreements WHERE id = ?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return read_agreement(query);
}

std::vector<AgreementRecord> list_agreements(Connection& connection) {
  auto query = connection.prepare(std::string("SELECT ") + agreement_columns +
                                  " FROM agreements ORDER BY valid_until, id");
  std::vector<AgreementRecord> found;
  while (query.step()) found.push_back(read_agreement(query));
  return found;
}

std::vector<AgreementRecord> find_agreements(Connection& connection,
                                             const AgreementFilter& filter) {
  auto query = connection.prepare(
      std::string("SELECT ") + agreement_columns +
      " FROM agreements WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR"
      " supplier_name LIKE ?2 ESCAPE '\\' OR reference LIKE ?2 ESCAPE '\\') ORDER BY id");
  if (filter.kind) {
    query.bind(1, *filter.kind);
  } else {
    query.bind_null(1);
  }
  if (filter.text) {
    query.bind(2, agreement_like_pattern(*filter.text));
  } else {
    query.bind_null(2);
  }
  std::vector<AgreementRecord> found;
  while (query.step()) found.push_back(read_agreement(query));
  return found;
}

void update_agreement(Connection& connection, const AgreementRecord& a) {
  auto update = connection.prepare(
      "UPDATE agreements SET supplier_name = ?2, reference = ?3, route = nullif(?4, ''),"
      " signed_on = ?5, valid_from = ?6, valid_until = ?7, terminated = ?8, terminated_on = ?9,"
      " updated_at = ?10 WHERE id = ?1");
  update.bind(1, a.id)
      .bind(2, a.supplier_name)
      .bind(3, a.reference)
      .bind(4, a.route)
      .bind(5, a.signed_on)
      .bind(6, a.valid_from)
      .bind(7, a.valid_until);
  update.bind(8, std::int64_t{a.terminated_on || a.terminated ? 1 : 0});
  if (a.terminated_on) {
    update.bind(9, *a.terminated_on);
  } else {
    update.bind_null(9);
  }
  update.bind(10, a.updated_at);
  update.run();
}

void renew_agreement(Connection& connection, std::int64_t id, const AgreementPeriodRecord& period) {
  insert_period(connection, id, period);
  connection
      .prepare(
          "UPDATE agreements SET signed_on = ?2, valid_from = ?3, valid_until = ?4,"
          " updated_at = ?5 WHERE id = ?1")
      .bind(1, id)
      .bind(2, period.signed_on)
      .bind(3, period.valid_from)
      .bind(4, period.valid_until)
      .bind(5, period.recorded_at)
      .run();
}

std::vector<AgreementPeriodRecord> list_periods(Connection& connection, std::int64_t id) {
  auto query = connection.prepare(
      "SELECT signed_on, valid_from, valid_until, recorded_by, recorded_at"
      " FROM agreement_periods WHERE agreement_id = ?1 ORDER BY id");
  query.bind(1, id);
  std::vector<AgreementPeriodRecord> periods;
  while (query.step()) {
    periods.push_back({query.column_text(0), query.column_text(1), query.column_text(2),
                       query.column_optional_int64(3), query.column_int64(4)});
  }
  return periods;
}

AgreementPeriod period_of(const AgreementRecord& agreement) {
  AgreementPeriod period;
  period.valid_from = parse_date(agreement.valid_from).value_or(Date{});
  period.valid_until = parse_date(agreement.valid_until).value_or(Date{});
  if (agreement.terminated_on) {
    period.terminated_on = parse_date(*agreement.terminated_on).value_or(period.valid_from);
  }
  return period;
}

bool agreement_valid_on(Connection& connection, std::optional<std::int64_t> id,
                        const std::string& kind, const std::string& today) {
  if (!id) return false;
  const auto agreement = find_agreement(connection, *id);
  const auto day = parse_date(today);
  if (!agreement || agreement->kind != kind || !day) return false;
  return valid_on(period_of(*agreement), *day);
}

}  // namespace anskaffa::store
