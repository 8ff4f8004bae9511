// The catalogue of learning resources (SPEC 5, "Godkända lärresurser") and which units use
// each, with their register holder and local system administrator. Written by the workflow
// (approve, reject, mark_ordered), the catalogue API and demo-data; listed and searched by
// catalog_search.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct CatalogRecord {
  std::int64_t id = 0;
  std::string name;
  std::string supplier_name;
  std::string supplier_org_number;
  std::string website_url;
  std::string description;
  std::string resource_type = "other";
  std::string grade_levels = "[]";   // JSON array
  std::string personal_data = "{}";  // JSON object
  std::string status;                // approved, approved_with_conditions, phased_out, not_approved
  std::string conditions;
  std::string reason;
  std::optional<std::int64_t> decided_at;
  std::optional<std::int64_t> dpa_agreement_id;
  std::optional<std::int64_t> service_agreement_id;
  std::optional<std::int64_t> request_id;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

struct CatalogUsage {
  std::int64_t catalog_id = 0;
  std::int64_t unit_id = 0;
  std::string register_holder_name;
  std::string register_holder_email;
  std::string system_admin_name;
  std::string system_admin_email;
  std::string since;  // YYYY-MM-DD
  std::optional<std::string> ended;
  std::optional<std::int64_t> request_id;
};

// An entry from a row whose first 18 columns are the entry's, in the table's order (id, name,
// ... updated_at): for the store's own queries that join more columns after them.
CatalogRecord read_catalog_entry(const Statement& row);

std::int64_t insert_catalog_entry(Connection& connection, const CatalogRecord& entry);
// Writes every column but id and created_at.
void update_catalog_entry(Connection& connection, const CatalogRecord& entry);
std::optional<CatalogRecord> find_catalog_entry(Connection& connection, std::int64_t id);
// The entry with this name, compared without regard to ASCII case; the lowest id if several.
std::optional<CatalogRecord> find_catalog_entry_by_name(Connection& connection,
                                                        std::string_view name);
// Every entry's id, name and status: what validating a request needs to know of the
// catalogue, read for each submission, so neither the other columns nor an order.
struct CatalogName {
  std::int64_t id = 0;
  std::string name;
  std::string status;
};
std::vector<CatalogName> list_catalog_names(Connection& connection);
std::int64_t count_catalog(Connection& connection);

// Records (or renews) a unit's use of an entry.
void upsert_usage(Connection& connection, const CatalogUsage& usage);
std::vector<CatalogUsage> list_usage(Connection& connection, std::int64_t catalog_id);
std::optional<CatalogUsage> find_usage(Connection& connection, std::int64_t catalog_id,
                                       std::int64_t unit_id);
// Writes the persons and the end of use of an existing use; since and request_id stay.
void update_usage(Connection& connection, const CatalogUsage& usage);

// A use with the names a reader needs beside it.
struct UsageRow {
  CatalogUsage usage;
  std::string resource_name;
  std::string unit_name;
};
// One entry's uses by unit name, or (nullopt) every use by resource name, then unit name.
std::vector<UsageRow> list_usage_rows(Connection& connection,
                                      std::optional<std::int64_t> catalog_id);

}  // namespace anskaffa::store
