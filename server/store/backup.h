// Copies of the whole database, for an operator who must restore last night's backup.
//
// backup_database: SQLite's online backup of a live database. Safe while a server writes: the
// copy is one consistent snapshot (every transaction committed before the copy's last pass is
// in it, none half). Written to a temporary file beside the target and renamed into place, so
// a backup interrupted half-way never leaves a broken file under the target's name.
//
// restore_database: replaces the database at db_path with the backup at from_path, after
// checking that the backup is a sound Anskaffa database (integrity check, known schema
// version). Meant for a stopped server; the previous file is kept beside it as
// "<db>.before-restore".
#pragma once

#include <string>

namespace anskaffa::store {

struct BackupResult {
  int pages = 0;
  int schema_version = 0;
};

BackupResult backup_database(const std::string& db_path, const std::string& to_path);
BackupResult restore_database(const std::string& db_path, const std::string& from_path);

}  // namespace anskaffa::store
