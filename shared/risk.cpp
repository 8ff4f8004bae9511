// SPEC 3.3, rule by rule. A risk-relevant field that is absent, or holds a value outside its
// options, counts as "unknown": the function is total, and doubt never lowers the risk.
#include "shared/risk.h"

#include <algorithm>

#include "shared/form.h"
#include "shared/texts.h"

namespace anskaffa {
namespace {

// The value of a choice field, or "unknown" when absent or not one of its options.
std::string_view choice_or_unknown(const Request& request, std::string_view key) {
  const std::string_view value = request.text(key);
  const FieldDef* field = find_field(key);
  return field && is_option(*field, value) ? value : "unknown";
}

bool has_school_login(std::string_view login) {
  return login == "google_school" || login == "microsoft365" || login == "skolfederation";
}

}  // namespace

std::string_view risk_key(RiskLevel level) {
  switch (level) {
    case RiskLevel::low:
      return "low";
    case RiskLevel::high:
      return "high";
    case RiskLevel::medium:
      break;
  }
  return "medium";
}

bool dpa_required(const Request& request) {
  return choice_or_unknown(request, "processes_personal_data") != "no";
}

Risk assess_risk(const Request& request, Lang lang) {
  Risk risk;
  const auto reason = [&](std::string_view code) {
    risk.reasons.push_back(
        {std::string(code), std::string(text(lang, "risk.reason." + std::string(code)))});
  };

  const std::string_view personal_data = choice_or_unknown(request, "processes_personal_data");
  if (personal_data == "no") {
    risk.level = RiskLevel::low;
    reason("no_personal_data");
    return risk;
  }

  const std::string_view location = choice_or_unknown(request, "data_location");
  const std::string_view login = choice_or_unknown(request, "login_method");
  if (request.contains("data_categories", "special_category")) reason("special_category");
  if (request.contains("data_categories", "personal_identity_number")) {
    reason("personal_identity_number");
  }
  if (choice_or_unknown(request, "protected_identity_students") == "yes") {
    reason("protected_identity");
  }
  if (location == "outside_eu_eea" &&
      choice_or_unknown(request, "transfer_safeguard") == "unknown") {
    reason("third_country_without_safeguard");
  }
  if (location == "unknown") reason("unknown_data_location");
  if (login == "supplier_accounts" &&
      (request.contains("grade_levels", "preschool") || request.contains("grade_levels", "f3"))) {
    reason("supplier_accounts_young_children");
  }
  if (!risk.reasons.empty()) {
    risk.level = RiskLevel::high;
    return risk;
  }

  const auto& categories = request.set_of("data_categories");
  const bool limited_data =
      !categories.empty() && std::all_of(categories.begin(), categories.end(), [](const auto& c) {
        return c == "name" || c == "email" || c == "usage_logs";
      });
  if (choice_or_unknown(request, "users") == "staff" && limited_data && has_school_login(login) &&
      (location == "sweden" || location == "eu_eea")) {
    risk.level = RiskLevel::low;
    reason("staff_only_limited_data");
    return risk;
  }

  risk.level = RiskLevel::medium;
  reason(personal_data == "unknown" ? "personal_data_unknown" : "personal_data_processed");
  return risk;
}

}  // namespace anskaffa
