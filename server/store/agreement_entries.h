// Which catalogue entries an agreement covers (SPEC 5). An entry is covered when it is listed in
// agreement_entries or when the agreement is its DPA or service agreement (the workflow links
// those: approve moves a request's DPA to its entry, mark_ordered names the service agreement).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct CoveredEntry {
  std::int64_t id = 0;
  std::string name;
};

// By name.
std::vector<CoveredEntry> covered_entries(Connection& connection, std::int64_t agreement_id);

// The ids of these that name no catalogue entry.
std::vector<std::int64_t> unknown_catalog_ids(Connection& connection,
                                              const std::vector<std::int64_t>& ids);

// An entry whose DPA (or service agreement) changed because of cover_entries.
struct EntryLink {
  std::int64_t catalog_id = 0;
  std::optional<std::int64_t> before;
  std::optional<std::int64_t> after;
};

// Makes catalog_ids the agreement's covered set: each becomes the entry's DPA (kind "dpa") or
// service agreement, and entries it no longer covers lose it. Returns the entries whose link
// changed, for the audit trail.
std::vector<EntryLink> cover_entries(Connection& connection, std::int64_t agreement_id,
                                     const std::string& kind,
                                     const std::vector<std::int64_t>& catalog_ids,
                                     std::int64_t now);

}  // namespace anskaffa::store
