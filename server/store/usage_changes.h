// The feed of changes to the units' use of resources (SPEC 5): a use started, a new register
// holder or local system administrator, an end of use (or its undoing). DI reads it; rows are
// only ever appended, and the schema's triggers refuse any UPDATE or DELETE.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct UsageChange {
  std::int64_t id = 0;
  std::int64_t at = 0;
  std::optional<std::int64_t> user_id;  // nullopt: the system
  std::int64_t catalog_id = 0;
  std::int64_t unit_id = 0;
  std::string kind;           // started, register_holder, system_admin, ended
  std::string before = "{}";  // JSON objects
  std::string after = "{}";
  std::optional<std::int64_t> request_id;  // the decision that made it, if one did
};

// Call inside the write transaction that makes the change. Returns the new row's id.
std::int64_t append_usage_change(Connection& connection, const UsageChange& change);

struct UsageChangeQuery {
  std::optional<std::int64_t> unit_id;
  std::optional<std::int64_t> catalog_id;
  std::int64_t page = 1;
  std::int64_t per_page = 50;
};

// A change with the names and case number a reader needs beside it.
struct UsageChangeRow {
  UsageChange change;
  std::optional<std::string> user_name;
  std::string resource_name;
  std::string unit_name;
  std::optional<std::string> case_number;
};

struct UsageChangePage {
  std::vector<UsageChangeRow> items;
  std::int64_t total = 0;
};

// Newest first.
UsageChangePage list_usage_changes(Connection& connection, const UsageChangeQuery& query);

}  // namespace anskaffa::store
