// assess_risk (SPEC 3.3): a total function from a request to a level with its reasons, shown to
// requester and reviewer alike and used to order the review queue.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shared/lang.h"
#include "shared/request.h"

namespace anskaffa {

enum class RiskLevel { low, medium, high };
std::string_view risk_key(RiskLevel level);

struct RiskReason {
  std::string code;
  std::string message;
  bool operator==(const RiskReason&) const = default;
};

struct Risk {
  RiskLevel level = RiskLevel::medium;
  std::vector<RiskReason> reasons;
  bool operator==(const Risk&) const = default;
};

Risk assess_risk(const Request& request, Lang lang);

// A data processing agreement is needed whenever personal data is processed or may be.
bool dpa_required(const Request& request);

}  // namespace anskaffa
