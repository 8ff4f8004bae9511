// The SQLite database: connections opened the one way Anskaffa needs them (WAL, foreign keys,
// a busy timeout), write transactions that take the write lock up front, and a small pool so
// that each HTTP worker thread gets a connection of its own.
//
// Guarantees: every write goes through write_transaction (BEGIN IMMEDIATE ... COMMIT); with WAL
// and synchronous=FULL a committed transaction survives a killed process and a power cut.
// Other processes (the CLI's `user add` while a server runs) wait on the busy timeout and a
// bounded number of retries, then fail with StoreError rather than hang.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "server/store/statement.h"
#include "server/store/store_error.h"

struct sqlite3;

namespace anskaffa::store {

// The turn of one write transaction among the process's writers, held until it ends. SQLite lets
// a writer that finds the write lock taken only sleep and try again; with dozens of concurrent
// writers some slept for seconds while the lock stood free. Queued on a mutex instead, the next
// writer starts as soon as the last commits. Other processes (the CLI) still meet SQLite's own
// lock and busy timeout.
class WriterTurn {
 public:
  // Waits for the turn (no writers: none to wait for); throws StoreError (SQLITE_BUSY) when it
  // does not come within the time SQLite itself would wait.
  explicit WriterTurn(std::timed_mutex* writers);
  ~WriterTurn();
  WriterTurn(const WriterTurn&) = delete;
  WriterTurn& operator=(const WriterTurn&) = delete;

 private:
  std::timed_mutex* writers_;
};

class Connection {
 public:
  // Opens the file at path (creating it if asked) and sets the connection's pragmas. Its write
  // transactions take turns on writers, when given.
  explicit Connection(const std::string& path, bool create = true,
                      std::timed_mutex* writers = nullptr);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  Statement prepare(std::string_view sql) { return Statement(db_, sql, &statements_); }
  // Runs SQL that binds no values (schema, pragmas, transaction control).
  void exec(const char* sql);

  std::int64_t last_insert_rowid() const;
  bool in_transaction() const;
  sqlite3* raw() const { return db_; }

  // Runs fn inside BEGIN IMMEDIATE ... COMMIT, rolling back if fn throws. Returns fn's value.
  template <class Fn>
  auto write_transaction(Fn&& fn) -> std::invoke_result_t<Fn&> {
    const WriterTurn turn(writers_);
    begin_immediate();
    return run_and_commit(fn);
  }

  // Runs fn inside one read transaction, so that all its statements read the same snapshot, as
  // a count and the page it counts must. Outside one, each statement is its own transaction and
  // takes and drops WAL's read lock (two fcntl calls) again. Inside a transaction already, fn
  // runs in that one.
  template <class Fn>
  auto read_transaction(Fn&& fn) -> std::invoke_result_t<Fn&> {
    if (in_transaction()) return fn();
    exec("BEGIN");
    return run_and_commit(fn);
  }

 private:
  // Runs fn in the transaction just begun, commits, and rolls back if fn throws.
  template <class Fn>
  auto run_and_commit(Fn& fn) -> std::invoke_result_t<Fn&> {
    try {
      if constexpr (std::is_void_v<std::invoke_result_t<Fn&>>) {
        fn();
        commit();
      } else {
        auto result = fn();
        commit();
        return result;
      }
    } catch (...) {
      rollback();
      throw;
    }
  }

  void begin_immediate();
  void commit();
  void rollback() noexcept;

  sqlite3* db_ = nullptr;
  std::timed_mutex* writers_ = nullptr;
  StatementCache statements_;
};

class Database {
 public:
  // Opens the file, creating it if needed, and applies any pending migrations. Up to
  // `idle_connections` stay open between leases: a server keeps one for each of its workers,
  // since a new connection reads the schema again and loses its prepared statements, which
  // under load cost more than the query.
  explicit Database(std::string path, std::size_t idle_connections = 1);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // A connection for the calling thread, given back to the pool when the lease ends.
  class Lease {
   public:
    Lease(Database& owner, std::unique_ptr<Connection> connection)
        : owner_(&owner), connection_(std::move(connection)) {}
    ~Lease();
    Lease(Lease&&) noexcept = default;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    Lease& operator=(Lease&&) = delete;

    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    Database* owner_;
    std::unique_ptr<Connection> connection_;
  };

  Lease connect();
  const std::string& path() const { return path_; }

  // True when the file at the path still opens as this database and answers a query. Asked on
  // a new connection, so that no cached page can answer for a file that is gone or broken.
  bool answers() noexcept;

 private:
  void give_back(std::unique_ptr<Connection> connection);

  std::string path_;
  std::size_t idle_connections_;
  std::timed_mutex writers_;  // the turns of this process's write transactions
  std::mutex mutex_;
  std::vector<std::unique_ptr<Connection>> idle_;
};

}  // namespace anskaffa::store
