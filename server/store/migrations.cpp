#include "server/store/migrations.h"

#include <sqlite3.h>

#include <string>

namespace anskaffa::store {
namespace {

// Times are Unix seconds (UTC) in INTEGER columns: comparable, and free of time zones.
constexpr Migration all_migrations[] = {
    {1, "units, users, roles, sessions", R"sql(
CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  school_form TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
);
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
);
CREATE TABLE user_roles (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role TEXT NOT NULL,
  PRIMARY KEY (user_id, role)
) WITHOUT ROWID;
CREATE TABLE user_units (
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  unit_id INTEGER NOT NULL REFERENCES units(id),
  PRIMARY KEY (user_id, unit_id)
) WITHOUT ROWID;
CREATE INDEX user_units_by_unit ON user_units(unit_id);
-- Only a hash of each session token is kept: a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash BLOB PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions(user_id);
)sql"},
    {2, "requests, timeline, attachments, agreements, catalogue, audit, throttle", R"sql(
-- A submitted request. The form is kept as the JSON the owner sent (or last saved); the columns
-- beside it repeat what lists filter and sort on. unit_id mirrors the form's unit_id (0 when
-- absent), since that is what decides who sees the request; it has no foreign key for that
-- reason. case_year and case_seq make the case number ANS-YYYY-NNNN.
CREATE TABLE requests (
  id INTEGER PRIMARY KEY,
  case_number TEXT NOT NULL UNIQUE,
  case_year INTEGER NOT NULL,
  case_seq INTEGER NOT NULL,
  owner_id INTEGER NOT NULL REFERENCES users(id),
  unit_id INTEGER NOT NULL,
  state TEXT NOT NULL,
  version INTEGER NOT NULL,
  kind TEXT NOT NULL,
  risk TEXT NOT NULL,
  risk_rank INTEGER NOT NULL,            -- 0 high, 1 medium, 2 low: the queue's order
  resource_name TEXT NOT NULL,
  search_text TEXT NOT NULL,             -- case number and resource name, case-folded
  form TEXT NOT NULL,
  reference_date TEXT NOT NULL,          -- YYYY-MM-DD of first submission (SPEC 3.1)
  state_since INTEGER NOT NULL,
  assignee_id INTEGER REFERENCES users(id),
  catalog_id INTEGER REFERENCES catalog_entries(id),      -- the entry it concerns, once known
  dpa_agreement_id INTEGER REFERENCES agreements(id),     -- the DPA recorded for it
  order_reference TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  UNIQUE (case_year, case_seq)
);
CREATE INDEX requests_by_owner ON requests(owner_id);
CREATE INDEX requests_by_unit ON requests(unit_id);
CREATE INDEX requests_by_state ON requests(state, state_since);

-- The timeline: every action on a request, comments included. by_user is NULL for the
-- system's own entries (reminders).
CREATE TABLE request_events (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES requests(id),
  at INTEGER NOT NULL,
  by_user INTEGER REFERENCES users(id),
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX request_events_by_request ON request_events(request_id, id);
CREATE TRIGGER request_events_append_only_update BEFORE UPDATE ON request_events
BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;
CREATE TRIGGER request_events_append_only_delete BEFORE DELETE ON request_events
BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;

-- One reminder per request and waiting period (SPEC 4).
CREATE TABLE reminders_sent (
  request_id INTEGER NOT NULL REFERENCES requests(id),
  state_since INTEGER NOT NULL,
  sent_at INTEGER NOT NULL,
  PRIMARY KEY (request_id, state_since)
) WITHOUT ROWID;

-- Uploaded PDFs. The name is a label only, never a path.
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  request_id INTEGER NOT NULL REFERENCES requests(id),
  name TEXT NOT NULL,
  content BLOB NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by INTEGER NOT NULL REFERENCES users(id),
  uploaded_at INTEGER NOT NULL
);
CREATE INDEX attachments_by_request ON attachments(request_id);

-- The first answer to a submission under an Idempotency-Key, per user (SPEC 6, 8).
CREATE TABLE idempotency_keys (
  user_id INTEGER NOT NULL REFERENCES users(id),
  key TEXT NOT NULL,
  status INTEGER NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, key)
) WITHOUT ROWID;

-- The agreements register (SPEC 5). Dates are YYYY-MM-DD, so they compare as text.
CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('dpa', 'service_agreement')),
  supplier_name TEXT NOT NULL,
  reference TEXT NOT NULL,
  route TEXT,
  signed_by TEXT NOT NULL DEFAULT '',
  signed_on TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  attachment_id INTEGER REFERENCES attachments(id),
  terminated INTEGER NOT NULL DEFAULT 0,
  request_id INTEGER REFERENCES requests(id),
  created_by INTEGER REFERENCES users(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX agreements_by_until ON agreements(valid_until);

-- The catalogue of learning resources (SPEC 5) and the units that use each.
CREATE TABLE catalog_entries (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  supplier_name TEXT NOT NULL DEFAULT '',
  supplier_org_number TEXT NOT NULL DEFAULT '',
  website_url TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  resource_type TEXT NOT NULL DEFAULT 'other',
  grade_levels TEXT NOT NULL DEFAULT '[]',   -- JSON array of grade keys
  personal_data TEXT NOT NULL DEFAULT '{}',  -- JSON: the personal data summary
  status TEXT NOT NULL CHECK (status IN ('approved', 'approved_with_conditions', 'phased_out',
                                         'not_approved')),
  conditions TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL DEFAULT '',
  decided_at INTEGER,
  dpa_agreement_id INTEGER REFERENCES agreements(id),
  service_agreement_id INTEGER REFERENCES agreements(id),
  request_id INTEGER REFERENCES requests(id),  -- the request that decided it
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX catalog_entries_by_name ON catalog_entries(name COLLATE NOCASE);
CREATE TABLE catalog_units (
  catalog_id INTEGER NOT NULL REFERENCES catalog_entries(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  register_holder_name TEXT NOT NULL DEFAULT '',
  register_holder_email TEXT NOT NULL DEFAULT '',
  system_admin_name TEXT NOT NULL DEFAULT '',
  system_admin_email TEXT NOT NULL DEFAULT '',
  since TEXT NOT NULL,
  ended TEXT,
  request_id INTEGER REFERENCES requests(id),
  PRIMARY KEY (catalog_id, unit_id)
) WITHOUT ROWID;

-- The audit trail: append-only, and the database itself refuses to change it (SPEC 9).
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id INTEGER,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  comment TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_by_entity ON audit_log(entity, entity_id, id);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;

-- Failed sign-ins and the lockouts they cause (SPEC 8), kept across restarts. scope is
-- 'account' (key: the normalised e-mail) or 'address' (key: the peer address).
CREATE TABLE sign_in_failures (
  id INTEGER PRIMARY KEY,
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_by_key ON sign_in_failures(scope, key, at);
CREATE TABLE sign_in_lockouts (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  until INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
) WITHOUT ROWID;
)sql"},
    {3, "catalogue search, usage changes, agreement periods and documents, notifications", R"sql(
-- Full-text search over the catalogue (SPEC 5): any word of name, supplier or description.
-- An external-content index over catalog_entries, kept in step by the triggers below. Diacritics
-- are folded so that "sprak" finds "språk"; prefixes of 2 and 3 characters are indexed for the
-- search-as-you-type of the request form.
CREATE VIRTUAL TABLE catalog_search USING fts5(
  name, supplier_name, description,
  content = 'catalog_entries', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO catalog_search(catalog_search) VALUES ('rebuild');
CREATE TRIGGER catalog_search_insert AFTER INSERT ON catalog_entries BEGIN
  INSERT INTO catalog_search(rowid, name, supplier_name, description)
  VALUES (new.id, new.name, new.supplier_name, new.description);
END;
CREATE TRIGGER catalog_search_delete AFTER DELETE ON catalog_entries BEGIN
  INSERT INTO catalog_search(catalog_search, rowid, name, supplier_name, description)
  VALUES ('delete', old.id, old.name, old.supplier_name, old.description);
END;
CREATE TRIGGER catalog_search_update AFTER UPDATE OF name, supplier_name, description
ON catalog_entries BEGIN
  INSERT INTO catalog_search(catalog_search, rowid, name, supplier_name, description)
  VALUES ('delete', old.id, old.name, old.supplier_name, old.description);
  INSERT INTO catalog_search(rowid, name, supplier_name, description)
  VALUES (new.id, new.name, new.supplier_name, new.description);
END;
CREATE INDEX catalog_units_by_unit ON catalog_units(unit_id);

-- The feed DI reads (SPEC 5): every change of a unit's register holder or local system
-- administrator for a resource, its start and its end of use. Append-only, like the audit trail.
-- kind: 'started', 'register_holder', 'system_admin' or 'ended'; before and after are JSON
-- ({"name", "email"} for a person, {"date"} for an end of use).
CREATE TABLE usage_changes (
  id INTEGER PRIMARY KEY,
  at INTEGER NOT NULL,
  user_id INTEGER REFERENCES users(id),
  catalog_id INTEGER NOT NULL REFERENCES catalog_entries(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL CHECK (kind IN ('started', 'register_holder', 'system_admin', 'ended')),
  before TEXT NOT NULL DEFAULT '{}',
  after TEXT NOT NULL DEFAULT '{}',
  request_id INTEGER REFERENCES requests(id)
);
CREATE INDEX usage_changes_by_entry ON usage_changes(catalog_id, unit_id, id);
CREATE TRIGGER usage_changes_append_only_update BEFORE UPDATE ON usage_changes
BEGIN SELECT RAISE(ABORT, 'the change feed is append-only'); END;
CREATE TRIGGER usage_changes_append_only_delete BEFORE DELETE ON usage_changes
BEGIN SELECT RAISE(ABORT, 'the change feed is append-only'); END;

-- Agreements (SPEC 5): the resources each covers, every period it has had (a renewal adds one;
-- the agreement row holds the current one), its termination and its signed PDFs (the newest is
-- the current one; earlier ones stay for the record).
ALTER TABLE agreements ADD COLUMN terminated_on TEXT;
CREATE TABLE agreement_entries (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id),
  catalog_id INTEGER NOT NULL REFERENCES catalog_entries(id),
  PRIMARY KEY (agreement_id, catalog_id)
) WITHOUT ROWID;
CREATE INDEX agreement_entries_by_entry ON agreement_entries(catalog_id);
CREATE TABLE agreement_periods (
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id),
  signed_on TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  recorded_by INTEGER REFERENCES users(id),
  recorded_at INTEGER NOT NULL
);
CREATE INDEX agreement_periods_by_agreement ON agreement_periods(agreement_id, id);
INSERT INTO agreement_periods (agreement_id, signed_on, valid_from, valid_until, recorded_by,
                               recorded_at)
SELECT id, signed_on, valid_from, valid_until, created_by, created_at FROM agreements;
CREATE TABLE agreement_documents (
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements(id),
  name TEXT NOT NULL,
  content BLOB NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  uploaded_by INTEGER NOT NULL REFERENCES users(id),
  uploaded_at INTEGER NOT NULL
);
CREATE INDEX agreement_documents_by_agreement ON agreement_documents(agreement_id, id);

-- In-app notifications (SPEC 5): one row per person an event concerns. kind is the action's
-- key (or 'remind'); the text is drawn from it in the reader's language when read.
CREATE TABLE notifications (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  request_id INTEGER REFERENCES requests(id),
  kind TEXT NOT NULL,
  actor_id INTEGER REFERENCES users(id),
  from_state TEXT,
  to_state TEXT,
  comment TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  read_at INTEGER
);
CREATE INDEX notifications_by_user ON notifications(user_id, id);
CREATE INDEX notifications_unread ON notifications(user_id) WHERE read_at IS NULL;

-- E-mail waiting to be sent through the configured SMTP relay (SPEC 5). Written in the same
-- transaction as the action, sent afterwards by a thread of its own, retried with a growing
-- delay; an action never waits for it.
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY,
  to_address TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  sent_at INTEGER,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_pending ON outbox(next_attempt_at) WHERE sent_at IS NULL;
)sql"},
    {4, "request lists read in order from an index", R"sql(
-- A requester's list (their own requests, latest first) is read backwards along this index
-- and stops after the page, however long their history; so is a reviewer's, along the second.
DROP INDEX requests_by_owner;
CREATE INDEX requests_by_owner ON requests(owner_id, updated_at);
CREATE INDEX requests_by_updated ON requests(updated_at);
)sql"},
};

void ensure_version_table(Connection& connection) {
  connection.exec(
      "CREATE TABLE IF NOT EXISTS schema_version ("
      " version INTEGER PRIMARY KEY,"
      " name TEXT NOT NULL,"
      " applied_at INTEGER NOT NULL)");
}

int current_version(Connection& connection) {
  auto query = connection.prepare("SELECT coalesce(max(version), 0) FROM schema_version");
  query.step();
  return static_cast<int>(query.column_int64(0));
}

}  // namespace

std::span<const Migration> migrations() { return all_migrations; }

int schema_version(Connection& connection) {
  auto exists = connection.prepare(
      "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'schema_version'");
  exists.step();
  if (exists.column_int64(0) == 0) return 0;
  return current_version(connection);
}

int apply_migrations(Connection& connection) {
  return connection.write_transaction([&] {
    ensure_version_table(connection);
    const int current = current_version(connection);
    const int latest = migrations().back().version;
    if (current > latest) {
      throw StoreError(SQLITE_ERROR, "the database has schema version " + std::to_string(current) +
                                         ", newer than this server's " + std::to_string(latest));
    }
    int applied = 0;
    for (const Migration& migration : migrations()) {
      if (migration.version <= current) continue;
      connection.exec(migration.sql);
      connection
          .prepare(
              "INSERT INTO schema_version (version, name, applied_at) "
              "VALUES (?1, ?2, unixepoch())")
          .bind(1, std::int64_t{migration.version})
          .bind(2, migration.name)
          .run();
      ++applied;
    }
    return applied;
  });
}

}  // namespace anskaffa::store
