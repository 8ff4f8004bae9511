#include "shared/form.h"

#include <array>

namespace anskaffa {
namespace {

using Options = std::span<const std::string_view>;

constexpr std::string_view requester_roles[] = {"teacher", "principal", "purchaser", "other"};
constexpr std::string_view resource_types[] = {"web_service", "app", "book_with_digital_part",
                                               "other"};
constexpr std::string_view grade_levels[] = {"preschool",       "f3",    "y4_6",      "y7_9",
                                             "upper_secondary", "adult", "staff_only"};
constexpr std::string_view user_groups[] = {"students", "staff", "both"};
constexpr std::string_view cost_models[] = {"free", "paid"};
constexpr std::string_view purchase_routes[] = {"atea", "gr_utbildning", "direct_procurement"};
constexpr std::string_view yes_no_unknown[] = {"yes", "no", "unknown"};
constexpr std::string_view data_categories[] = {"name",
                                                "email",
                                                "personal_identity_number",
                                                "student_work",
                                                "grades_assessments",
                                                "images_audio_video",
                                                "location",
                                                "usage_logs",
                                                "special_category"};
constexpr std::string_view login_methods[] = {"none",           "google_school",     "microsoft365",
                                              "skolfederation", "supplier_accounts", "other"};
constexpr std::string_view data_locations[] = {"sweden", "eu_eea", "outside_eu_eea", "unknown"};
constexpr std::string_view transfer_safeguards[] = {"adequacy_decision", "sccs", "eu_us_dpf",
                                                    "unknown"};

constexpr SectionDef sections[] = {
    {"requester"}, {"resource"}, {"scope"}, {"personal_data"}, {"responsibility"}};

constexpr FieldDef text(std::string_view key, std::string_view section, Presence presence,
                        int min_length, int max_length) {
  return {key, section, FieldType::text, presence, {}, min_length, max_length};
}
constexpr FieldDef typed(std::string_view key, std::string_view section, FieldType type,
                         Presence presence) {
  return {key, section, type, presence};
}
constexpr FieldDef choice(std::string_view key, std::string_view section, Presence presence,
                          Options options) {
  return {key, section, FieldType::choice, presence, options};
}
constexpr FieldDef set(std::string_view key, std::string_view section, Presence presence,
                       Options options) {
  return {key, section, FieldType::set, presence, options};
}
constexpr FieldDef range(std::string_view key, std::string_view section, FieldType type,
                         Presence presence, double min_value, double max_value) {
  return {key, section, type, presence, {}, 0, 0, min_value, max_value};
}

// SPEC 2, in the form's order. Text limits are SPEC's; names and e-mails get a sane ceiling.
constexpr auto R = Presence::required;
constexpr auto O = Presence::optional;
constexpr auto C = Presence::conditional;
constexpr FieldDef fields[] = {
    // 2.1 Beställare
    text("requester_name", "requester", R, 2, 100),
    typed("requester_email", "requester", FieldType::email, R),
    choice("requester_role", "requester", R, requester_roles),
    typed("unit_id", "requester", FieldType::unit, R),
    // 2.2 Lärresurs
    text("resource_name", "resource", R, 2, 120),
    typed("catalog_id", "resource", FieldType::integer, O),
    choice("resource_type", "resource", R, resource_types),
    text("supplier_name", "resource", C, 2, 200),
    text("supplier_org_number", "resource", O, 0, 0),
    typed("website_url", "resource", FieldType::url, R),
    text("description", "resource", R, 20, 4000),
    set("grade_levels", "resource", R, grade_levels),
    // 2.3 Omfattning och kostnad
    choice("users", "scope", R, user_groups),
    range("user_count", "scope", FieldType::integer, R, 1, 1'000'000),
    typed("start_date", "scope", FieldType::date, R),
    choice("cost_model", "scope", R, cost_models),
    range("annual_cost_sek", "scope", FieldType::number, C, 0, 10'000'000),
    choice("purchase_route", "scope", C, purchase_routes),
    text("procurement_motivation", "scope", C, 20, 2000),
    // 2.4 Personuppgifter
    choice("processes_personal_data", "personal_data", R, yes_no_unknown),
    set("data_categories", "personal_data", C, data_categories),
    choice("protected_identity_students", "personal_data", C, yes_no_unknown),
    choice("login_method", "personal_data", C, login_methods),
    choice("data_location", "personal_data", C, data_locations),
    choice("transfer_safeguard", "personal_data", C, transfer_safeguards),
    choice("supplier_dpa_available", "personal_data", O, yes_no_unknown),
    typed("privacy_policy_url", "personal_data", FieldType::url, O),
    // 2.5 Ansvar
    text("principal_name", "responsibility", R, 2, 100),
    typed("principal_email", "responsibility", FieldType::email, R),
    text("register_holder_name", "responsibility", R, 2, 100),
    typed("register_holder_email", "responsibility", FieldType::email, R),
    text("system_admin_name", "responsibility", C, 2, 100),
    typed("system_admin_email", "responsibility", FieldType::email, C),
    typed("training_confirmed", "responsibility", FieldType::boolean, R),
};

}  // namespace

std::string_view field_type_key(FieldType type) {
  switch (type) {
    case FieldType::text:
      return "text";
    case FieldType::email:
      return "email";
    case FieldType::url:
      return "url";
    case FieldType::integer:
      return "integer";
    case FieldType::number:
      return "number";
    case FieldType::date:
      return "date";
    case FieldType::choice:
      return "choice";
    case FieldType::set:
      return "set";
    case FieldType::boolean:
      return "boolean";
    case FieldType::unit:
      return "unit";
  }
  return "text";
}

std::span<const SectionDef> form_sections() { return sections; }
std::span<const FieldDef> form_fields() { return fields; }

const FieldDef* find_field(std::string_view key) {
  for (const FieldDef& field : fields) {
    if (field.key == key) return &field;
  }
  return nullptr;
}

bool is_option(const FieldDef& field, std::string_view option) {
  for (std::string_view o : field.options) {
    if (o == option) return true;
  }
  return false;
}

}  // namespace anskaffa
