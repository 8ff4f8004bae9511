// The form's follow-up questions (see relevance.h), following SPEC 2's conditions.
#include "web/draft/relevance.h"

namespace anskaffa::web {
namespace {

bool is(const Draft& draft, std::string_view key, std::string_view option) {
  const nlohmann::json& value = draft.chosen(key);
  return value.is_string() && value.get_ref<const std::string&>() == option;
}

// SPEC 2.4: "unknown" is handled as "yes". The follow-up questions wait for the answer.
bool processes_personal_data(const Draft& draft) {
  return is(draft, "processes_personal_data", "yes") ||
         is(draft, "processes_personal_data", "unknown");
}

}  // namespace

bool asked_in_form(const FieldDef& field) { return field.key != "catalog_id"; }

bool applies(const Draft& draft, const FieldDef& field) {
  const std::string_view key = field.key;
  if (key == "catalog_id") return !draft.value(field).is_null();
  if (key == "annual_cost_sek" || key == "purchase_route") return is(draft, "cost_model", "paid");
  if (key == "procurement_motivation") {
    return is(draft, "cost_model", "paid") && is(draft, "purchase_route", "direct_procurement");
  }
  if (key == "protected_identity_students") {
    return processes_personal_data(draft) && !is(draft, "users", "staff");
  }
  if (key == "transfer_safeguard") {
    return processes_personal_data(draft) && is(draft, "data_location", "outside_eu_eea");
  }
  if (key == "data_categories" || key == "login_method" || key == "data_location" ||
      key == "supplier_dpa_available" || key == "privacy_policy_url") {
    return processes_personal_data(draft);
  }
  if (key == "system_admin_name" || key == "system_admin_email") {
    return !is(draft, "processes_personal_data", "no") && !is(draft, "login_method", "none");
  }
  return true;
}

}  // namespace anskaffa::web
