#include "support/crash_checks.h"

#include "server/store/database.h"

namespace anskaffa::testing {
namespace {

using store::Connection;

// Each query lists what breaks a promise: one row per problem, its columns joined into a line.
struct Rule {
  const char* what;
  int columns;
  const char* sql;
};

// The request's own audit rows are its actions: a reminder is the system's and leaves the
// version alone (server/workflow/reminders.cpp).
constexpr Rule rules[] = {
    {"a request whose versions do not each have exactly one audit row", 5,
     "SELECT r.id, r.version, count(a.id), count(DISTINCT json_extract(a.details, '$.version')),"
     "       max(json_extract(a.details, '$.version'))"
     " FROM requests r LEFT JOIN audit_log a ON a.entity = 'request' AND a.entity_id = r.id"
     "      AND a.action != 'remind'"
     " GROUP BY r.id"
     " HAVING count(a.id) != r.version OR count(DISTINCT json_extract(a.details, '$.version'))"
     "        != r.version OR max(json_extract(a.details, '$.version')) != r.version"},
    {"a request whose last audit row records another state", 4,
     "SELECT r.id, r.version, r.state, a.to_state FROM requests r"
     " JOIN audit_log a ON a.entity = 'request' AND a.entity_id = r.id AND a.action != 'remind'"
     "      AND json_extract(a.details, '$.version') = r.version"
     " WHERE a.to_state IS NOT r.state"},
    {"a request with not as many timeline entries as audit rows", 3,
     "SELECT r.id, (SELECT count(*) FROM request_events e WHERE e.request_id = r.id),"
     "       (SELECT count(*) FROM audit_log a WHERE a.entity = 'request' AND a.entity_id = r.id)"
     " FROM requests r"
     " WHERE (SELECT count(*) FROM request_events e WHERE e.request_id = r.id)"
     "    != (SELECT count(*) FROM audit_log a WHERE a.entity = 'request'"
     "        AND a.entity_id = r.id)"},
    {"an audit row of a request that does not exist", 3,
     "SELECT a.id, a.entity_id, a.action FROM audit_log a WHERE a.entity = 'request'"
     " AND NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = a.entity_id)"},
    {"a timeline entry of a request that does not exist", 3,
     "SELECT e.id, e.request_id, e.action FROM request_events e"
     " WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = e.request_id)"},
    {"an approved request without its catalogue entry, its unit's use or their audit rows", 2,
     "SELECT r.id, r.catalog_id FROM requests r WHERE r.state = 'approved' AND NOT EXISTS ("
     "  SELECT 1 FROM catalog_entries c"
     "  JOIN catalog_units u ON u.catalog_id = c.id AND u.unit_id = r.unit_id"
     "  WHERE c.id = r.catalog_id AND c.request_id = r.id"
     "  AND EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'catalog_entry'"
     "              AND a.entity_id = c.id AND a.action = 'approve'"
     "              AND json_extract(a.details, '$.request_id') = r.id)"
     "  AND EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'catalog_usage'"
     "              AND a.entity_id = c.id AND a.action = 'register_usage'"
     "              AND json_extract(a.details, '$.request_id') = r.id))"},
    {"a catalogue decision, use or audit row for a request that was not approved", 3,
     "SELECT 'entry', c.id, c.request_id FROM catalog_entries c"
     " WHERE NOT EXISTS (SELECT 1 FROM requests r WHERE r.id = c.request_id"
     "                   AND r.state = 'approved')"
     " UNION ALL SELECT 'audit', a.id, json_extract(a.details, '$.request_id') FROM audit_log a"
     " WHERE a.entity IN ('catalog_entry', 'catalog_usage') AND NOT EXISTS ("
     "   SELECT 1 FROM requests r WHERE r.id = json_extract(a.details, '$.request_id')"
     "   AND r.state = 'approved')"},
    {"a submission created twice", 2,
     "SELECT resource_name, count(*) FROM requests GROUP BY resource_name HAVING count(*) > 1"},
    {"a submission whose Idempotency-Key answer was not kept with it (or the other way round)", 2,
     "SELECT (SELECT count(*) FROM requests), (SELECT count(*) FROM idempotency_keys)"
     " WHERE (SELECT count(*) FROM requests) != (SELECT count(*) FROM idempotency_keys)"},
};

std::string row_text(store::Statement& statement, int columns) {
  std::string line;
  for (int i = 0; i < columns; ++i) {
    if (i > 0) line += ", ";
    line += statement.column_is_null(i) ? "NULL" : statement.column_text(i);
  }
  return line;
}

}  // namespace

std::vector<std::string> crash_safety_problems(
    const std::string& db_path, const std::map<std::int64_t, Acknowledged>& acknowledged) {
  std::vector<std::string> problems;
  Connection connection(db_path, /*create=*/false);
  {
    auto check = connection.prepare("PRAGMA integrity_check");
    while (check.step()) {
      if (check.column_text(0) != "ok") problems.push_back("integrity: " + check.column_text(0));
    }
  }
  for (const Rule& rule : rules) {
    auto query = connection.prepare(rule.sql);
    while (query.step()) {
      problems.push_back(std::string(rule.what) + ": " + row_text(query, rule.columns));
    }
  }
  auto request = connection.prepare("SELECT version, state FROM requests WHERE id = ?");
  auto audit = connection.prepare(
      "SELECT count(*) FROM audit_log WHERE entity = 'request' AND entity_id = ?"
      " AND json_extract(details, '$.version') = ? AND to_state = ?");
  for (const auto& [id, ack] : acknowledged) {
    const std::string which = "request " + std::to_string(id) + " acknowledged at version " +
                              std::to_string(ack.version) + " (" + ack.state + ")";
    request.reset();
    request.bind(1, id);
    if (!request.step()) {
      problems.push_back(which + " is missing");
      continue;
    }
    const std::int64_t version = request.column_int64(0);
    const std::string state = request.column_text(1);
    if (version < ack.version || (version == ack.version && state != ack.state)) {
      problems.push_back(which + " is at version " + std::to_string(version) + " (" + state + ")");
    }
    audit.reset();
    audit.bind(1, id).bind(2, ack.version).bind(3, std::string_view(ack.state));
    if (!audit.step() || audit.column_int64(0) != 1) {
      problems.push_back(which + " has no audit row of that version and state");
    }
  }
  return problems;
}

}  // namespace anskaffa::testing
