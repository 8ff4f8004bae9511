#include "server/store/requests.h"

#include <cstdio>

#include "server/store/conditions.h"
#include "shared/utf8.h"
#include "shared/workflow.h"

namespace anskaffa::store {
namespace {

constexpr const char* request_columns =
    "r.id, r.case_number, r.owner_id, r.unit_id, r.state, r.version, r.kind, r.risk, "
    "r.resource_name, r.form, r.reference_date, r.state_since, r.assignee_id, r.catalog_id, "
    "r.dpa_agreement_id, r.order_reference, r.created_at, r.updated_at";

RequestRecord read_request(const Statement& row) {
  RequestRecord r;
  r.id = row.column_int64(0);
  r.case_number = row.column_text(1);
  r.owner_id = row.column_int64(2);
  r.unit_id = row.column_int64(3);
  r.state = row.column_text(4);
  r.version = row.column_int64(5);
  r.kind = row.column_text(6);
  r.risk = row.column_text(7);
  r.resource_name = row.column_text(8);
  r.form = row.column_text(9);
  r.reference_date = row.column_text(10);
  r.state_since = row.column_int64(11);
  r.assignee = row.column_optional_int64(12);
  r.catalog_id = row.column_optional_int64(13);
  r.dpa_agreement_id = row.column_optional_int64(14);
  r.order_reference = row.column_text(15);
  r.created_at = row.column_int64(16);
  r.updated_at = row.column_int64(17);
  return r;
}

std::int64_t risk_rank(std::string_view risk) {
  if (risk == "high") return 0;
  if (risk == "medium") return 1;
  return 2;
}

// SPEC 1's can_see: the owner, reviewers and infosec, and principals of the request's unit.
// One condition per kind of viewer, so that a requester's list is read from the owner index.
void add_visibility(Conditions& where, const Viewer& viewer) {
  if (viewer.sees_all) return;
  if (viewer.is_principal) {
    where.add("(r.owner_id = ? OR r.unit_id IN (SELECT unit_id FROM user_units WHERE user_id = ?))")
        .value(viewer.user_id)
        .value(viewer.user_id);
  } else {
    where.add("r.owner_id = ?").value(viewer.user_id);
  }
}

}  // namespace

std::string fold_for_search(std::string_view text) { return fold_case(text); }

void insert_request(Connection& connection, RequestRecord& request, int year) {
  auto next = connection.prepare(
      "SELECT coalesce(max(case_seq), 0) + 1 FROM requests WHERE case_year = ?1");
  next.bind(1, std::int64_t{year});
  next.step();
  const std::int64_t seq = next.column_int64(0);
  char number[32];
  std::snprintf(number, sizeof number, "ANS-%04d-%04lld", year, static_cast<long long>(seq));
  request.case_number = number;

  auto insert = connection.prepare(
      "INSERT INTO requests (case_number, case_year, case_seq, owner_id, unit_id, state, version,"
      " kind, risk, risk_rank, resource_name, search_text, form, reference_date, state_since,"
      " assignee_id, catalog_id, dpa_agreement_id, order_reference, created_at, updated_at)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,"
      " ?19, ?20, ?21)");
  insert.bind(1, request.case_number)
      .bind(2, std::int64_t{year})
      .bind(3, seq)
      .bind(4, request.owner_id)
      .bind(5, request.unit_id)
      .bind(6, request.state)
      .bind(7, request.version)
      .bind(8, request.kind)
      .bind(9, request.risk)
      .bind(10, risk_rank(request.risk))
      .bind(11, request.resource_name)
      .bind(12, fold_for_search(request.case_number + "\n" + request.resource_name))
      .bind(13, request.form)
      .bind(14, request.reference_date)
      .bind(15, request.state_since);
  insert.bind(16, request.assignee);
  insert.bind(17, request.catalog_id);
  insert.bind(18, request.dpa_agreement_id);
  insert.bind(19, request.order_reference)
      .bind(20, request.created_at)
      .bind(21, request.updated_at);
  insert.run();
  request.id = connection.last_insert_rowid();
}

std::optional<RequestRecord> find_request(Connection& connection, std::int64_t id) {
  auto query = connection.prepare(std::string("SELECT ") + request_columns +
                                  " FROM requests r WHERE r.id = ?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return read_request(query);
}

bool update_request(Connection& connection, const RequestRecord& request,
                    std::int64_t expected_version) {
  auto update = connection.prepare(
      "UPDATE requests SET unit_id = ?3, state = ?4, version = ?5, kind = ?6, risk = ?7,"
      " risk_rank = ?8, resource_name = ?9, search_text = ?10, form = ?11, state_since = ?12,"
      " assignee_id = ?13, catalog_id = ?14, dpa_agreement_id = ?15, order_reference = ?16,"
      " updated_at = ?17 WHERE id = ?1 AND version = ?2");
  update.bind(1, request.id)
      .bind(2, expected_version)
      .bind(3, request.unit_id)
      .bind(4, request.state)
      .bind(5, request.version)
      .bind(6, request.kind)
      .bind(7, request.risk)
      .bind(8, risk_rank(request.risk))
      .bind(9, request.resource_name)
      .bind(10, fold_for_search(request.case_number + "\n" + request.resource_name))
      .bind(11, request.form)
      .bind(12, request.state_since);
  update.bind(13, request.assignee);
  update.bind(14, request.catalog_id);
  update.bind(15, request.dpa_agreement_id);
  update.bind(16, request.order_reference).bind(17, request.updated_at);
  update.step();
  auto changes = connection.prepare("SELECT changes()");
  changes.step();
  return changes.column_int64(0) == 1;
}

void append_timeline(Connection& connection, const TimelineEntry& entry) {
  auto insert = connection.prepare(
      "INSERT INTO request_events (request_id, at, by_user, action, from_state, to_state,"
      " comment) VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), nullif(?6, ''), ?7)");
  insert.bind(1, entry.request_id).bind(2, entry.at);
  insert.bind(3, entry.by);
  insert.bind(4, entry.action).bind(5, entry.from).bind(6, entry.to).bind(7, entry.comment);
  insert.run();
}

std::vector<TimelineEntry> list_timeline(Connection& connection, std::int64_t request_id) {
  auto query = connection.prepare(
      "SELECT e.id, e.request_id, e.at, e.by_user, coalesce(u.name, ''), e.action,"
      " coalesce(e.from_state, ''), coalesce(e.to_state, ''), e.comment"
      " FROM request_events e LEFT JOIN users u ON u.id = e.by_user"
      " WHERE e.request_id = ?1 ORDER BY e.id");
  query.bind(1, request_id);
  std::vector<TimelineEntry> entries;
  while (query.step()) {
    entries.push_back(
        TimelineEntry{query.column_int64(0), query.column_int64(1), query.column_int64(2),
                      query.column_optional_int64(3), query.column_text(4), query.column_text(5),
                      query.column_text(6), query.column_text(7), query.column_text(8)});
  }
  return entries;
}

namespace {

// "'awaiting_principal', 'in_review', ..." : the core's open states, for an IN list.
std::string open_states_sql() {
  std::string list;
  for (const State state : all_states()) {
    if (!is_open(state)) continue;
    if (!list.empty()) list += ", ";
    list += "'" + std::string(state_key(state)) + "'";
  }
  return list;
}

Conditions request_conditions(const RequestQuery& q) {
  Conditions where;
  add_visibility(where, q.viewer);
  if (q.state) where.add("r.state = ?").value(*q.state);
  if (q.kind) where.add("r.kind = ?").value(*q.kind);
  if (q.risk) where.add("r.risk = ?").value(*q.risk);
  if (q.unit_id) where.add("r.unit_id = ?").value(*q.unit_id);
  if (q.assignee) where.add("r.assignee_id = ?").value(*q.assignee);
  if (q.unassigned) where.add("r.assignee_id IS NULL");
  if (!q.text.empty()) where.add("instr(r.search_text, ?) > 0").value(fold_for_search(q.text));
  if (q.owner) where.add("r.owner_id = ?").value(*q.owner);
  if (q.open_only) where.add("r.state IN (" + open_states_sql() + ")");
  return where;
}

std::string_view request_order(RequestSort sort) {
  switch (sort) {
    case RequestSort::waiting:
      return " ORDER BY r.state_since ASC, r.id ASC";
    case RequestSort::risk:
      // Within a risk level the unassigned first: nobody has picked them up yet.
      return " ORDER BY r.risk_rank ASC, r.assignee_id IS NOT NULL, r.state_since ASC, r.id ASC";
    case RequestSort::updated:
      break;
  }
  return " ORDER BY r.updated_at DESC, r.id DESC";
}

RequestPage read_request_page(Connection& connection, const RequestQuery& q) {
  const Conditions where = request_conditions(q);
  RequestPage page;
  auto count = connection.prepare("SELECT count(*) FROM requests r" + where.sql());
  where.bind(count);
  count.step();
  page.total = count.column_int64(0);

  // The page's ids are sorted first, and only those requests are read: sorting every visible
  // request with its form (a kilobyte each) made a requester with 2,000 requests wait 15 ms
  // for a page of 50 (bench/RESULTS.md).
  std::vector<std::int64_t> ids;
  {
    auto found = connection.prepare("SELECT r.id FROM requests r" + where.sql() +
                                    std::string(request_order(q.sort)) + " LIMIT ? OFFSET ?");
    const int next = where.bind(found);
    found.bind(next, q.per_page).bind(next + 1, (q.page - 1) * q.per_page);
    while (found.step()) ids.push_back(found.column_int64(0));
  }
  auto row = connection.prepare(std::string("SELECT ") + request_columns +
                                " FROM requests r WHERE r.id = ?1");
  for (const std::int64_t id : ids) {
    row.bind(1, id);
    if (row.step()) page.items.push_back(read_request(row));
    row.reset();
  }
  return page;
}

}  // namespace

// One snapshot: the total and the page agree even while requests are being submitted.
RequestPage list_requests(Connection& connection, const RequestQuery& q) {
  return connection.read_transaction([&] { return read_request_page(connection, q); });
}

std::vector<std::int64_t> visible_request_ids(Connection& connection, const Viewer& viewer) {
  Conditions where;
  add_visibility(where, viewer);
  auto query = connection.prepare("SELECT r.id FROM requests r" + where.sql() + " ORDER BY r.id");
  where.bind(query);
  std::vector<std::int64_t> ids;
  while (query.step()) ids.push_back(query.column_int64(0));
  return ids;
}

std::vector<RequestRecord> requests_waiting_unreminded(Connection& connection,
                                                       const std::vector<std::string>& states) {
  std::vector<RequestRecord> found;
  auto query = connection.prepare(
      std::string("SELECT ") + request_columns +
      " FROM requests r WHERE r.state = ?1 AND NOT EXISTS (SELECT 1 FROM reminders_sent s"
      " WHERE s.request_id = r.id AND s.state_since = r.state_since) ORDER BY r.id");
  for (const std::string& state : states) {
    query.bind(1, state);
    while (query.step()) found.push_back(read_request(query));
    query.reset();
  }
  return found;
}

bool mark_reminded(Connection& connection, std::int64_t request_id, std::int64_t state_since,
                   std::int64_t now) {
  connection
      .prepare(
          "INSERT OR IGNORE INTO reminders_sent (request_id, state_since, sent_at)"
          " VALUES (?1, ?2, ?3)")
      .bind(1, request_id)
      .bind(2, state_since)
      .bind(3, now)
      .run();
  auto changes = connection.prepare("SELECT changes()");
  changes.step();
  return changes.column_int64(0) == 1;
}

std::int64_t count_requests(Connection& connection) {
  auto query = connection.prepare("SELECT count(*) FROM requests");
  query.step();
  return query.column_int64(0);
}

}  // namespace anskaffa::store
