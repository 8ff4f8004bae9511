// A prepared SQLite statement: bind by position, step, read columns. Every query of the store
// goes through this class, so no value is ever spliced into SQL text.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace anskaffa::store {

// One connection's prepared statements not in use, by their SQL text. Compiling a statement
// costs more than running most of the store's queries, and the same few dozen texts come back
// with every request; a connection keeps them prepared between uses.
class StatementCache {
 public:
  StatementCache() = default;
  ~StatementCache() { clear(); }
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  // The idle statement for sql, which the caller now owns, or nullptr.
  sqlite3_stmt* take(std::string_view sql);
  // Keeps a statement that is done with (reset, no bindings), or finalizes it when one of the
  // same text is kept already or the cache is full.
  void keep(sqlite3_stmt* statement);
  // Finalizes every kept statement (before the connection closes).
  void clear();

 private:
  std::unordered_map<std::string, sqlite3_stmt*> idle_;
};

class Statement {
 public:
  // Prepares sql on db; with a cache, takes a prepared one from it and gives it back after.
  Statement(sqlite3* db, std::string_view sql, StatementCache* cache = nullptr);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  // Parameters are numbered from 1, as in SQLite.
  Statement& bind(int index, std::int64_t value);
  Statement& bind(int index, std::string_view text);
  Statement& bind_blob(int index, std::span<const unsigned char> bytes);
  Statement& bind_null(int index);
  // NULL when the value is absent.
  Statement& bind(int index, const std::optional<std::int64_t>& value);

  // Advances to the next row: true while there is one, false when done. Throws StoreError.
  bool step();
  // Steps until done, for statements that return no rows, then resets the statement so that
  // it can be bound and run again.
  void run();
  void reset();

  // Columns are numbered from 0, as in SQLite.
  std::int64_t column_int64(int index) const;
  std::string column_text(int index) const;
  std::vector<unsigned char> column_blob(int index) const;
  bool column_is_null(int index) const;
  std::optional<std::int64_t> column_optional_int64(int index) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  StatementCache* cache_ = nullptr;
};

}  // namespace anskaffa::store
