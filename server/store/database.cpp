#include "server/store/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>

#include "server/store/migrations.h"

namespace anskaffa::store {
namespace {

// SQLite waits this long for another writer before answering SQLITE_BUSY...
constexpr int busy_timeout_ms = 2000;
// ...and a write transaction asks for the lock this many times before giving up.
constexpr int begin_attempts = 3;

}  // namespace

WriterTurn::WriterTurn(std::timed_mutex* writers) : writers_(writers) {
  if (writers_ == nullptr) return;
  if (!writers_->try_lock_for(std::chrono::milliseconds(busy_timeout_ms * begin_attempts))) {
    writers_ = nullptr;
    throw StoreError(SQLITE_BUSY, "no turn to write: the database stayed busy");
  }
}

WriterTurn::~WriterTurn() {
  if (writers_ != nullptr) writers_->unlock();
}

Connection::Connection(const std::string& path, bool create, std::timed_mutex* writers)
    : writers_(writers) {
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    const std::string message = db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(rc, "cannot open " + path + ": " + message);
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, busy_timeout_ms);
  try {
    // WAL lets readers go on while one writer writes; FULL syncs the WAL at every commit, so
    // an answered request survives a power cut as well as a killed process (SPEC 9).
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA synchronous = FULL");
    exec("PRAGMA foreign_keys = ON");
  } catch (...) {
    sqlite3_close(db_);
    throw;
  }
}

Connection::~Connection() {
  // A prepared statement left open would keep the connection from closing.
  statements_.clear();
  sqlite3_close(db_);
}

void Connection::exec(const char* sql) {
  char* error = nullptr;
  const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, &error);
  if (rc != SQLITE_OK) {
    const std::string message = error ? error : sqlite3_errstr(rc);
    sqlite3_free(error);
    throw StoreError(rc, message);
  }
}

std::int64_t Connection::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }

bool Connection::in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }

void Connection::begin_immediate() {
  for (int attempt = 1;; ++attempt) {
    try {
      exec("BEGIN IMMEDIATE");
      return;
    } catch (const StoreError& e) {
      if ((e.sqlite_code() & 0xff) != SQLITE_BUSY || attempt == begin_attempts) throw;
    }
  }
}

void Connection::commit() {
  for (int attempt = 1;; ++attempt) {
    try {
      exec("COMMIT");
      return;
    } catch (const StoreError& e) {
      if ((e.sqlite_code() & 0xff) != SQLITE_BUSY || attempt == begin_attempts) throw;
    }
  }
}

void Connection::rollback() noexcept {
  if (in_transaction()) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
}

Database::Database(std::string path, std::size_t idle_connections)
    : path_(std::move(path)), idle_connections_(std::max<std::size_t>(idle_connections, 1)) {
  auto first = std::make_unique<Connection>(path_, true, &writers_);
  apply_migrations(*first);
  idle_.push_back(std::move(first));
}

Database::~Database() = default;

Database::Lease Database::connect() {
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(*this, std::move(connection));
    }
  }
  return Lease(*this, std::make_unique<Connection>(path_, true, &writers_));
}

bool Database::answers() noexcept {
  try {
    Connection connection(path_, false);
    auto query = connection.prepare("SELECT count(*) FROM schema_version");
    return query.step();
  } catch (...) {
    return false;
  }
}

void Database::give_back(std::unique_ptr<Connection> connection) {
  // A connection left inside a transaction would carry it into the next request: drop it.
  if (connection->in_transaction()) return;
  std::lock_guard lock(mutex_);
  if (idle_.size() < idle_connections_) idle_.push_back(std::move(connection));
}

Database::Lease::~Lease() {
  if (connection_) owner_->give_back(std::move(connection_));
}

}  // namespace anskaffa::store
