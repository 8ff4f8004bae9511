// A reviewer's own decision on a catalogue entry (SPEC 5, PUT /api/v1/catalog/{id}): its status,
// with the conditions or the reason the status asks for (the core's check_catalog_status).
// Call inside one write transaction.
#pragma once

#include <cstdint>
#include <string>

#include "server/store/database.h"
#include "server/workflow/usage.h"
#include "shared/catalog_rules.h"

namespace anskaffa::workflow {

struct CatalogDecision {
  CatalogStatus status = CatalogStatus::approved;
  std::string conditions;
  std::string reason;
};

// 403 unless the core's may(edit_catalog); 404 for an unknown entry; 422 with the core's
// findings. Otherwise writes the entry and an audit row (entity catalog_entry, from and to the
// status), unless nothing changed. The outcome carries no changes (those are usage's).
RegisterOutcome decide_entry(store::Connection& connection, const Actor& actor,
                             std::int64_t catalog_id, const CatalogDecision& decision);

}  // namespace anskaffa::workflow
