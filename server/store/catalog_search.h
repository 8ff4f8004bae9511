// The catalogue as listed and exported (SPEC 5 and 8): entries matching a search and filters,
// a page at a time, each with what the list shows of its agreements and units. The search is
// the FTS5 index of migration 3, kept in step with catalog_entries by triggers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/store/catalog.h"
#include "server/store/database.h"

namespace anskaffa::store {

struct CatalogQuery {
  std::optional<std::string> match;  // an FTS5 expression from fts_match_expression; best first
  std::optional<std::string> grade;  // a grade_levels key the entry lists
  std::optional<std::string> type;   // a resource_type key
  std::optional<std::string> status;
  std::string today;  // YYYY-MM-DD: which DPAs are valid, which uses have ended
  std::int64_t page = 1;
  std::int64_t per_page = 50;
};

struct CatalogListItem {
  CatalogRecord entry;
  std::optional<std::string> dpa_reference;
  std::optional<std::string> dpa_valid_until;
  // The entry has a DPA and the core's valid_on does not hold for it today (expired, not yet
  // begun, or terminated by today): the rule of agreement_valid_on.
  bool dpa_expired = false;
  std::optional<std::string> service_agreement_reference;
  std::int64_t unit_count = 0;  // units whose use has not ended by today
};

struct CatalogPage {
  std::vector<CatalogListItem> items;
  std::int64_t total = 0;
};

// Sorted by name (NOCASE), or with a match by relevance (bm25) and then name.
CatalogPage search_catalog(Connection& connection, const CatalogQuery& query);

}  // namespace anskaffa::store
