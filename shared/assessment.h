// What the server's POST /api/v1/validate and the app's live form both show for a request
// body: the decoding findings, then the validation findings, and the risk.
#pragma once

#include <nlohmann/json.hpp>

#include "shared/finding.h"
#include "shared/request_json.h"
#include "shared/risk.h"
#include "shared/validate.h"

namespace anskaffa {

struct Assessment {
  Request request;
  Findings findings;
  Risk risk;
};

Assessment assess(const nlohmann::json& object, const ValidationContext& context);

// {findings, risk} as SPEC 8 shapes it.
nlohmann::json assessment_json(const Assessment& assessment);

}  // namespace anskaffa
