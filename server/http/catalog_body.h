// The bodies of the catalogue's writes, read strictly (SPEC 8): PUT /api/v1/catalog/{id}
// {status, conditions?, reason?} and PUT /api/v1/catalog/{id}/units/{unit_id}
// {register_holder_name?, register_holder_email?, system_admin_name?, system_admin_email?, ended?}.
// A missing or mistyped member and any member not listed become findings (required, wrong_type,
// out_of_range, unknown_field); what the values must satisfy is the core's, in workflow/.
#pragma once

#include <nlohmann/json.hpp>

#include "server/workflow/catalog.h"
#include "server/workflow/usage.h"
#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::http {

struct DecisionBody {
  workflow::CatalogDecision decision;
  Findings findings;  // errors; decision is meaningful only when empty
};
DecisionBody read_decision_body(const nlohmann::json& body, Lang lang);

struct UsageBody {
  workflow::UsageEdit edit;
  Findings findings;
};
UsageBody read_usage_body(const nlohmann::json& body, Lang lang);

}  // namespace anskaffa::http
