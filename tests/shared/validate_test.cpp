// SPEC 2 and 3.1: each rule both ways, starting from a complete valid request.
#include <catch2/catch.hpp>

#include "sample.h"
#include "shared/form.h"
#include "shared/validate.h"

using namespace anskaffa;
using sample::codes;
using sample::has_code;

namespace {
Findings check(const Request& r) { return validate(r, sample::context()); }
}  // namespace

TEST_CASE("the sample request is valid without findings") {
  CHECK(check(sample::request()).empty());
}

TEST_CASE("every field marked R is required") {
  for (const FieldDef& field : form_fields()) {
    if (field.presence != Presence::required) continue;
    Request r = sample::request();
    r.erase(field.key);
    INFO(field.key);
    CHECK(codes(check(r), field.key) == std::vector<std::string>{"required"});
  }
}

TEST_CASE("null, blank text and an empty set count as absent") {
  Request r = sample::request();
  r.set("requester_name", std::monostate{});
  r.set("resource_name", std::string(" \u00a0 "));
  r.set("grade_levels", std::vector<std::string>{});
  const Findings f = check(r);
  CHECK(has_code(f, "requester_name", "required"));
  CHECK(has_code(f, "resource_name", "required"));
  CHECK(has_code(f, "grade_levels", "required"));
}

TEST_CASE("text lengths count code points after trimming") {
  Request r = sample::request();
  r.set("requester_name", std::string("  Å  "));
  CHECK(codes(check(r), "requester_name") == std::vector<std::string>{"too_short"});
  r.set("requester_name", std::string("Åå"));
  CHECK(codes(check(r), "requester_name").empty());
  r.set("resource_name", std::string(120, 'x'));
  CHECK(codes(check(r), "resource_name").empty());
  r.set("resource_name", std::string(121, 'x'));
  CHECK(codes(check(r), "resource_name") == std::vector<std::string>{"too_long"});
  std::string ao;
  for (int i = 0; i < 120; ++i) ao += "å";  // 240 bytes, 120 code points
  r.set("resource_name", ao);
  CHECK(codes(check(r), "resource_name").empty());
  r.set("description", std::string("För kort syfte."));
  CHECK(codes(check(r), "description") == std::vector<std::string>{"too_short"});
}

TEST_CASE("e-mail addresses must look like addresses") {
  Request r = sample::request();
  for (const char* bad : {"asa", "asa@", "@skolan.se", "asa@skolan", "asa@@skolan.se",
                          "asa larare@skolan.se", "asa@skolan.", "asa@.se"}) {
    r.set("requester_email", std::string(bad));
    INFO(bad);
    CHECK(codes(check(r), "requester_email") == std::vector<std::string>{"invalid_email"});
  }
  r.set("requester_email", std::string("åsa.öberg@skolan.goteborg.se"));
  CHECK(codes(check(r), "requester_email").empty());
}

TEST_CASE("web addresses must be http or https with a host") {
  Request r = sample::request();
  for (const char* bad : {"kodknackarna.example", "ftp://kodknackarna.example", "https://",
                          "https:///path", "javascript:alert(1)", "https://exa mple.se"}) {
    r.set("website_url", std::string(bad));
    INFO(bad);
    CHECK(codes(check(r), "website_url") == std::vector<std::string>{"invalid_url"});
  }
  for (const char* good :
       {"http://example.se", "HTTPS://Example.se/a?b=c#d", "https://example.se:8443/x"}) {
    r.set("website_url", std::string(good));
    INFO(good);
    CHECK(codes(check(r), "website_url").empty());
  }
}

TEST_CASE("an enumeration accepts only its own keys") {
  Request r = sample::request();
  r.set("requester_role", std::string("Lärare"));
  CHECK(codes(check(r), "requester_role") == std::vector<std::string>{"out_of_range"});
  r = sample::request();
  r.set("grade_levels", std::vector<std::string>{"y4_6", "year_13"});
  CHECK(codes(check(r), "grade_levels") == std::vector<std::string>{"out_of_range"});
}

TEST_CASE("the user count is between 1 and 1,000,000") {
  Request r = sample::request();
  r.set("user_count", std::int64_t{0});
  CHECK(codes(check(r), "user_count") == std::vector<std::string>{"out_of_range"});
  r.set("user_count", std::int64_t{1'000'001});
  CHECK(codes(check(r), "user_count") == std::vector<std::string>{"out_of_range"});
  r.set("user_count", std::int64_t{1'000'000});
  CHECK(codes(check(r), "user_count").empty());
}

TEST_CASE("the unit must be one of the context's units") {
  Request r = sample::request();
  r.set("unit_id", std::int64_t{99});
  CHECK(codes(check(r), "unit_id") == std::vector<std::string>{"unknown_unit"});
}

TEST_CASE("the start date is a real date, not before the reference date") {
  Request r = sample::request();
  r.set("start_date", std::string("2026-02-30"));
  CHECK(codes(check(r), "start_date") == std::vector<std::string>{"invalid_date"});
  r.set("start_date", std::string("2026-01-14"));
  CHECK(codes(check(r), "start_date") == std::vector<std::string>{"date_in_past"});
}

TEST_CASE("a start in under 14 days is a warning, 14 days is not") {
  Request r = sample::request();
  r.set("start_date", std::string("2026-01-15"));
  Findings f = check(r);
  REQUIRE(codes(f, "start_date") == std::vector<std::string>{"short_lead_time"});
  CHECK(f[0].severity == Severity::warning);
  r.set("start_date", std::string("2026-01-29"));
  CHECK(codes(check(r), "start_date").empty());
}

TEST_CASE("the reference date of a request being completed is its first submission's") {
  Request r = sample::request();
  r.set("start_date", std::string("2025-12-01"));
  ValidationContext c = sample::context();
  CHECK(has_code(validate(r, c), "start_date", "date_in_past"));
  c.reference_date = {2025, 11, 1};
  CHECK(codes(validate(r, c), "start_date").empty());
}

TEST_CASE("a paid request needs an annual cost and a purchase route") {
  Request r = sample::request();
  r.set("cost_model", std::string("paid"));
  Findings f = check(r);
  CHECK(codes(f, "annual_cost_sek") == std::vector<std::string>{"cost_required"});
  CHECK(codes(f, "purchase_route") == std::vector<std::string>{"route_required"});
  r.set("annual_cost_sek", 12000.0);
  r.set("purchase_route", std::string("atea"));
  CHECK(check(r).empty());
}

TEST_CASE("a paid cost is above zero and at most 10,000,000") {
  Request r = sample::request();
  r.set("cost_model", std::string("paid"));
  r.set("purchase_route", std::string("atea"));
  for (double bad : {0.0, -5.0, 10'000'000.5}) {
    r.set("annual_cost_sek", bad);
    INFO(bad);
    CHECK(codes(check(r), "annual_cost_sek") == std::vector<std::string>{"out_of_range"});
  }
  r.set("annual_cost_sek", std::int64_t{10'000'000});
  CHECK(codes(check(r), "annual_cost_sek").empty());
}

TEST_CASE("a free request has no cost, or a cost of 0") {
  Request r = sample::request();
  r.set("annual_cost_sek", 0.0);
  CHECK(codes(check(r), "annual_cost_sek").empty());
  r.set("annual_cost_sek", 100.0);
  CHECK(codes(check(r), "annual_cost_sek") == std::vector<std::string>{"cost_must_be_zero"});
}

TEST_CASE("direct procurement needs a motivation of 20 to 2000 characters") {
  Request r = sample::request();
  r.set("cost_model", std::string("paid"));
  r.set("annual_cost_sek", 5000.0);
  r.set("purchase_route", std::string("direct_procurement"));
  CHECK(codes(check(r), "procurement_motivation") ==
        std::vector<std::string>{"motivation_required"});
  r.set("procurement_motivation", std::string("Finns ej på ramavtal."));
  CHECK(codes(check(r), "procurement_motivation").empty());
  r.set("procurement_motivation", std::string("Kort."));
  CHECK(codes(check(r), "procurement_motivation") == std::vector<std::string>{"too_short"});
}

TEST_CASE("unless no personal data is processed, its details are required") {
  Request r = sample::request();
  for (const char* key : {"data_categories", "protected_identity_students", "login_method",
                          "data_location", "privacy_policy_url"}) {
    r.erase(key);
  }
  Findings f = check(r);
  CHECK(codes(f, "data_categories") == std::vector<std::string>{"categories_required"});
  CHECK(codes(f, "protected_identity_students") == std::vector<std::string>{"required"});
  CHECK(codes(f, "login_method") == std::vector<std::string>{"required"});
  CHECK(codes(f, "data_location") == std::vector<std::string>{"required"});
  CHECK(codes(f, "privacy_policy_url") == std::vector<std::string>{"privacy_policy_missing"});

  r.set("processes_personal_data", std::string("no"));
  r.erase("system_admin_name");
  r.erase("system_admin_email");
  CHECK(check(r).empty());
}

TEST_CASE("'unknown' personal data is handled as yes") {
  Request r = sample::request();
  r.set("processes_personal_data", std::string("unknown"));
  r.erase("data_categories");
  CHECK(codes(check(r), "data_categories") == std::vector<std::string>{"categories_required"});
}

TEST_CASE("protected identity is not asked when only staff use the service") {
  Request r = sample::request();
  r.erase("protected_identity_students");
  r.set("users", std::string("staff"));
  CHECK(codes(check(r), "protected_identity_students").empty());
}

TEST_CASE("data outside the EU/EEA needs a safeguard and is warned about") {
  Request r = sample::request();
  r.set("data_location", std::string("outside_eu_eea"));
  Findings f = check(r);
  CHECK(codes(f, "transfer_safeguard") == std::vector<std::string>{"safeguard_required"});
  CHECK(codes(f, "data_location") == std::vector<std::string>{"third_country_transfer"});
  r.set("transfer_safeguard", std::string("sccs"));
  f = check(r);
  CHECK(codes(f, "transfer_safeguard").empty());
  REQUIRE(f.size() == 1);
  CHECK(f[0].severity == Severity::warning);
}

TEST_CASE("a system administrator is required unless there is no login or no personal data") {
  Request r = sample::request();
  r.erase("system_admin_name");
  r.erase("system_admin_email");
  Findings f = check(r);
  CHECK(codes(f, "system_admin_name") == std::vector<std::string>{"system_admin_required"});
  CHECK(codes(f, "system_admin_email") == std::vector<std::string>{"system_admin_required"});
  r.set("login_method", std::string("none"));
  CHECK(check(r).empty());
}

TEST_CASE("training must be confirmed, not merely answered") {
  Request r = sample::request();
  r.set("training_confirmed", false);
  CHECK(codes(check(r), "training_confirmed") ==
        std::vector<std::string>{"training_not_confirmed"});
}

TEST_CASE("the supplier is required unless the request names a catalogue entry") {
  Request r = sample::request();
  r.erase("supplier_name");
  CHECK(codes(check(r), "supplier_name") == std::vector<std::string>{"required"});
  r.set("catalog_id", std::int64_t{10});
  r.set("resource_name", std::string("Matteverkstan"));
  CHECK(codes(check(r), "supplier_name").empty());
}

TEST_CASE("organisation numbers are checked, and a personal number is warned about") {
  Request r = sample::request();
  r.set("supplier_org_number", std::string("556016-0681"));
  CHECK(codes(check(r), "supplier_org_number") == std::vector<std::string>{"invalid_org_number"});
  r.set("supplier_org_number", std::string("811218-9876"));
  Findings f = check(r);
  REQUIRE(codes(f, "supplier_org_number") == std::vector<std::string>{"org_number_is_personal"});
  CHECK(f[0].severity == Severity::warning);
  r.erase("supplier_org_number");
  CHECK(check(r).empty());
}

TEST_CASE("a new request for a resource already in the catalogue is warned about") {
  Request r = sample::request();
  r.set("resource_name", std::string("  matteVERKSTAN "));
  Findings f = check(r);
  REQUIRE(codes(f, "resource_name") == std::vector<std::string>{"already_in_catalog"});
  CHECK(f[0].severity == Severity::warning);
  r.set("resource_name", std::string("LÄSLYFTET åk 4–6"));
  CHECK(has_code(check(r), "resource_name", "already_in_catalog"));
  r.set("catalog_id", std::int64_t{11});
  CHECK(codes(check(r), "resource_name").empty());
}

TEST_CASE("a usage registration must name an entry the catalogue has") {
  Request r = sample::request();
  r.set("catalog_id", std::int64_t{77});
  CHECK(codes(check(r), "catalog_id") == std::vector<std::string>{"unknown_catalog_entry"});
  ValidationContext offline = sample::context();
  offline.catalog.clear();
  CHECK(codes(validate(r, offline), "catalog_id").empty());
}

TEST_CASE("messages follow the context's language and name the field") {
  Request r = sample::request();
  r.erase("requester_name");
  const Findings sv = validate(r, sample::context(Lang::sv));
  const Findings en = validate(r, sample::context(Lang::en));
  REQUIRE(sv.size() == 1);
  REQUIRE(en.size() == 1);
  CHECK(sv[0].message == "Ditt namn måste fyllas i.");
  CHECK(en[0].message == "Your name is required.");
}
