// The schema as a list of numbered migrations. The server applies the pending ones at start,
// all in one transaction, and records each version it applied in schema_version; a migration
// is never edited once released, only followed by a new one.
#pragma once

#include <span>
#include <string_view>

#include "server/store/database.h"

namespace anskaffa::store {

struct Migration {
  int version;
  std::string_view name;
  const char* sql;
};

std::span<const Migration> migrations();

// The highest version applied to this database; 0 for a new file.
int schema_version(Connection& connection);

// Applies the migrations newer than the database's version; returns how many it applied.
// Refuses (StoreError) a database written by a newer server than this one.
int apply_migrations(Connection& connection);

}  // namespace anskaffa::store
