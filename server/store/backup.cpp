#include "server/store/backup.h"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "server/store/database.h"
#include "server/store/migrations.h"

namespace anskaffa::store {
namespace {

// Pages copied per step: small steps let a busy server's writers in between them.
constexpr int pages_per_step = 256;
constexpr int busy_pause_ms = 20;

// Copies every page of `from` into `to` with the online backup API.
int copy_pages(Connection& from, Connection& to) {
  sqlite3_backup* backup = sqlite3_backup_init(to.raw(), "main", from.raw(), "main");
  if (backup == nullptr) throw StoreError(sqlite3_errcode(to.raw()), sqlite3_errmsg(to.raw()));
  int rc;
  do {
    rc = sqlite3_backup_step(backup, pages_per_step);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(busy_pause_ms);
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  const int pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) throw StoreError(rc, std::string("backup failed: ") + sqlite3_errstr(rc));
  return pages;
}

// A database file that opens, passes the integrity check and has a schema this server knows.
int check_sound(Connection& connection, const std::string& path) {
  auto check = connection.prepare("PRAGMA integrity_check");
  check.step();
  const std::string verdict = check.column_text(0);
  if (verdict != "ok")
    throw StoreError(SQLITE_CORRUPT, path + " fails the integrity check: " + verdict);
  const int version = schema_version(connection);
  if (version == 0) throw StoreError(SQLITE_NOTADB, path + " is not an Anskaffa database");
  if (version > migrations().back().version) {
    throw StoreError(SQLITE_ERROR, path + " has schema version " + std::to_string(version) +
                                       ", newer than this server's");
  }
  return version;
}

// Writes the copy to a temporary file and renames it over `target` once it is complete and
// checked, so a reader of `target` sees the old file or the whole new one.
BackupResult copy_into_place(Connection& source, const std::string& target) {
  const std::string temporary = target + ".partial-" + std::to_string(::getpid());
  std::filesystem::remove(temporary);
  BackupResult result;
  try {
    Connection copy(temporary);
    result.pages = copy_pages(source, copy);
    // The copy is a self-contained file: fold its WAL into it before it moves.
    copy.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    copy.exec("PRAGMA journal_mode = DELETE");
    result.schema_version = check_sound(copy, temporary);
  } catch (...) {
    std::filesystem::remove(temporary);
    throw;
  }
  std::filesystem::rename(temporary, target);
  return result;
}

}  // namespace

BackupResult backup_database(const std::string& db_path, const std::string& to_path) {
  if (!std::filesystem::exists(db_path)) {
    throw StoreError(SQLITE_CANTOPEN, "no database at " + db_path);
  }
  Connection source(db_path, /*create=*/false);
  return copy_into_place(source, to_path);
}

BackupResult restore_database(const std::string& db_path, const std::string& from_path) {
  if (!std::filesystem::exists(from_path)) {
    throw StoreError(SQLITE_CANTOPEN, "no backup at " + from_path);
  }
  Connection backup(from_path, /*create=*/false);
  check_sound(backup, from_path);
  if (std::filesystem::exists(db_path)) {
    // Keep what is replaced: a restore of the wrong file must itself be undoable.
    backup_database(db_path, db_path + ".before-restore");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + suffix);
  }
  return copy_into_place(backup, db_path);
}

}  // namespace anskaffa::store
