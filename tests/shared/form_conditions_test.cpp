// Which questions the form asks (SPEC 2's conditions), as the app shows them and sends them.
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "shared/form.h"
#include "shared/form_conditions.h"

using namespace anskaffa;

namespace {

Request answers(std::vector<std::pair<std::string, std::string>> choices) {
  Request request;
  for (auto& [key, option] : choices) request.set(std::move(key), std::move(option));
  return request;
}

}  // namespace

TEST_CASE("questions without a condition are always asked") {
  for (const char* key : {"resource_name", "supplier_name", "cost_model", "users",
                          "processes_personal_data", "principal_email", "training_confirmed"}) {
    CHECK(question_applies(Request{}, key));
  }
}

TEST_CASE("the cost and the purchase route are asked when the resource is paid for") {
  CHECK_FALSE(question_applies(Request{}, "annual_cost_sek"));
  CHECK_FALSE(question_applies(answers({{"cost_model", "free"}}), "annual_cost_sek"));
  CHECK(question_applies(answers({{"cost_model", "paid"}}), "annual_cost_sek"));
  CHECK(question_applies(answers({{"cost_model", "paid"}}), "purchase_route"));
  CHECK_FALSE(question_applies(answers({{"cost_model", "paid"}}), "procurement_motivation"));
  CHECK(
      question_applies(answers({{"cost_model", "paid"}, {"purchase_route", "direct_procurement"}}),
                       "procurement_motivation"));
  // A route left from before "free" was chosen asks nothing.
  CHECK_FALSE(
      question_applies(answers({{"cost_model", "free"}, {"purchase_route", "direct_procurement"}}),
                       "procurement_motivation"));
}

TEST_CASE("the personal data questions wait for the answer, and unknown counts as yes") {
  for (const char* key : {"data_categories", "login_method", "data_location",
                          "supplier_dpa_available", "privacy_policy_url"}) {
    CAPTURE(key);
    CHECK_FALSE(question_applies(Request{}, key));
    CHECK_FALSE(question_applies(answers({{"processes_personal_data", "no"}}), key));
    CHECK(question_applies(answers({{"processes_personal_data", "yes"}}), key));
    CHECK(question_applies(answers({{"processes_personal_data", "unknown"}}), key));
  }
  CHECK(question_applies(answers({{"processes_personal_data", "yes"}, {"users", "both"}}),
                         "protected_identity_students"));
  CHECK_FALSE(question_applies(answers({{"processes_personal_data", "yes"}, {"users", "staff"}}),
                               "protected_identity_students"));
  CHECK_FALSE(
      question_applies(answers({{"processes_personal_data", "yes"}, {"data_location", "eu_eea"}}),
                       "transfer_safeguard"));
  CHECK(question_applies(
      answers({{"processes_personal_data", "unknown"}, {"data_location", "outside_eu_eea"}}),
      "transfer_safeguard"));
}

TEST_CASE("a system administrator is asked for unless there are no accounts or no personal data") {
  for (const char* key : {"system_admin_name", "system_admin_email"}) {
    CAPTURE(key);
    CHECK(question_applies(Request{}, key));
    CHECK(question_applies(answers({{"login_method", "google_school"}}), key));
    CHECK_FALSE(question_applies(answers({{"login_method", "none"}}), key));
    CHECK_FALSE(question_applies(answers({{"processes_personal_data", "no"}}), key));
  }
}

TEST_CASE("a catalogue entry applies once one is chosen") {
  CHECK_FALSE(question_applies(Request{}, "catalog_id"));
  Request chosen;
  chosen.set("catalog_id", std::int64_t{7});
  CHECK(question_applies(chosen, "catalog_id"));
}
