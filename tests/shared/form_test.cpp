// The form definition (SPEC 2) as the app and GET /api/v1/form see it.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "shared/form.h"
#include "shared/form_json.h"

using namespace anskaffa;

TEST_CASE("the form has every field key of SPEC 2, each once, in a known section") {
  const std::set<std::string> spec_keys = {"requester_name",
                                           "requester_email",
                                           "requester_role",
                                           "unit_id",
                                           "resource_name",
                                           "catalog_id",
                                           "resource_type",
                                           "supplier_name",
                                           "supplier_org_number",
                                           "website_url",
                                           "description",
                                           "grade_levels",
                                           "users",
                                           "user_count",
                                           "start_date",
                                           "cost_model",
                                           "annual_cost_sek",
                                           "purchase_route",
                                           "procurement_motivation",
                                           "processes_personal_data",
                                           "data_categories",
                                           "protected_identity_students",
                                           "login_method",
                                           "data_location",
                                           "transfer_safeguard",
                                           "supplier_dpa_available",
                                           "privacy_policy_url",
                                           "principal_name",
                                           "principal_email",
                                           "register_holder_name",
                                           "register_holder_email",
                                           "system_admin_name",
                                           "system_admin_email",
                                           "training_confirmed"};
  std::set<std::string> keys;
  std::set<std::string> sections;
  for (const SectionDef& s : form_sections()) sections.insert(std::string(s.key));
  for (const FieldDef& f : form_fields()) {
    INFO(f.key);
    CHECK(keys.insert(std::string(f.key)).second);
    CHECK(sections.count(std::string(f.section)) == 1);
    CHECK((f.type == FieldType::choice || f.type == FieldType::set) == !f.options.empty());
  }
  CHECK(keys == spec_keys);
  CHECK(find_field("no_such_field") == nullptr);
}

TEST_CASE("the form definition JSON lists sections, fields, options and labels") {
  const nlohmann::json sv = form_definition_json(Lang::sv);
  const nlohmann::json en = form_definition_json(Lang::en);
  CHECK(sv["version"] == form_version);
  CHECK(sv["title"] == "Beställning av digital lärresurs");
  REQUIRE(sv["sections"].size() == 5);
  const nlohmann::json& first = sv["sections"][0];
  CHECK(first["key"] == "requester");
  CHECK(first["title"] == "Beställare");
  CHECK(first["fields"][0]["key"] == "requester_name");
  CHECK(first["fields"][0]["label"] == "Ditt namn");
  CHECK(first["fields"][0]["presence"] == "required");
  CHECK(first["fields"][0]["min_length"] == 2);
  CHECK(en["sections"][0]["fields"][0]["label"] == "Your name");
  std::size_t fields = 0;
  for (const auto& section : sv["sections"]) fields += section["fields"].size();
  CHECK(fields == form_fields().size());
  const auto& role = first["fields"][2];
  CHECK(role["key"] == "requester_role");
  CHECK(role["options"][0] == nlohmann::json{{"key", "teacher"}, {"label", "Lärare"}});
}
