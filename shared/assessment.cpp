#include "shared/assessment.h"

#include <algorithm>

namespace anskaffa {

Assessment assess(const nlohmann::json& object, const ValidationContext& context) {
  DecodedRequest decoded = decode_request(object, context.lang);
  Assessment assessment;
  assessment.findings = std::move(decoded.findings);
  // A field refused while decoding is absent to the rules; saying "required" about it as well
  // would only repeat the first finding in other words.
  const auto refused = [&](const Finding& rule) {
    return std::any_of(assessment.findings.begin(), assessment.findings.end(),
                       [&](const Finding& f) { return !f.field.empty() && f.field == rule.field; });
  };
  for (Finding& rule : validate(decoded.request, context)) {
    if (!refused(rule)) assessment.findings.push_back(std::move(rule));
  }
  assessment.risk = assess_risk(decoded.request, context.lang);
  assessment.request = std::move(decoded.request);
  return assessment;
}

nlohmann::json assessment_json(const Assessment& assessment) {
  return {{"findings", findings_json(assessment.findings)}, {"risk", risk_json(assessment.risk)}};
}

}  // namespace anskaffa
