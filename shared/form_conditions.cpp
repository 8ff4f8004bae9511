// The form's follow-up questions (see form_conditions.h), following SPEC 2's conditions.
#include "shared/form_conditions.h"

namespace anskaffa {
namespace {

// SPEC 2.4: "unknown" is handled as "yes".
bool processes_personal_data(const Request& answers) {
  return answers.is("processes_personal_data", "yes") ||
         answers.is("processes_personal_data", "unknown");
}

}  // namespace

bool question_applies(const Request& answers, std::string_view key) {
  if (key == "catalog_id") return answers.has("catalog_id");
  if (key == "annual_cost_sek" || key == "purchase_route") return answers.is("cost_model", "paid");
  if (key == "procurement_motivation") {
    return answers.is("cost_model", "paid") && answers.is("purchase_route", "direct_procurement");
  }
  if (key == "protected_identity_students") {
    return processes_personal_data(answers) && !answers.is("users", "staff");
  }
  if (key == "transfer_safeguard") {
    return processes_personal_data(answers) && answers.is("data_location", "outside_eu_eea");
  }
  if (key == "data_categories" || key == "login_method" || key == "data_location" ||
      key == "supplier_dpa_available" || key == "privacy_policy_url") {
    return processes_personal_data(answers);
  }
  // SPEC 2.5: someone at the unit must be able to remove users, unless there are none.
  if (key == "system_admin_name" || key == "system_admin_email") {
    return !answers.is("processes_personal_data", "no") && !answers.is("login_method", "none");
  }
  return true;
}

}  // namespace anskaffa
