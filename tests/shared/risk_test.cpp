// SPEC 3.3: each level's triggers, and the total-function property.
#include <catch2/catch.hpp>

#include "sample.h"
#include "shared/form.h"
#include "shared/risk.h"

using namespace anskaffa;

namespace {

RiskLevel level(const Request& r) { return assess_risk(r, Lang::sv).level; }

std::vector<std::string> reason_codes(const Request& r) {
  std::vector<std::string> out;
  for (const RiskReason& reason : assess_risk(r, Lang::sv).reasons) out.push_back(reason.code);
  return out;
}

// Staff only, names and e-mail, school login, data in Sweden: the low case of 3.3.
Request staff_request() {
  Request r = sample::request();
  r.set("users", std::string("staff"));
  r.set("data_categories", std::vector<std::string>{"name", "email", "usage_logs"});
  r.set("login_method", std::string("microsoft365"));
  r.set("data_location", std::string("sweden"));
  return r;
}

}  // namespace

TEST_CASE("no personal data is low risk, whatever else the request says") {
  Request r = sample::request();
  r.set("processes_personal_data", std::string("no"));
  r.set("data_categories", std::vector<std::string>{"special_category"});
  CHECK(level(r) == RiskLevel::low);
  CHECK(reason_codes(r) == std::vector<std::string>{"no_personal_data"});
}

TEST_CASE("each high-risk trigger alone makes the risk high, with its reason") {
  struct Case {
    const char* reason;
    void (*change)(Request&);
  };
  const Case cases[] = {
      {"special_category",
       [](Request& r) {
         r.set("data_categories", std::vector<std::string>{"name", "special_category"});
       }},
      {"personal_identity_number",
       [](Request& r) {
         r.set("data_categories", std::vector<std::string>{"personal_identity_number"});
       }},
      {"protected_identity",
       [](Request& r) { r.set("protected_identity_students", std::string("yes")); }},
      {"third_country_without_safeguard",
       [](Request& r) {
         r.set("data_location", std::string("outside_eu_eea"));
         r.set("transfer_safeguard", std::string("unknown"));
       }},
      {"unknown_data_location", [](Request& r) { r.set("data_location", std::string("unknown")); }},
      {"supplier_accounts_young_children",
       [](Request& r) {
         r.set("login_method", std::string("supplier_accounts"));
         r.set("grade_levels", std::vector<std::string>{"f3"});
       }},
  };
  for (const Case& c : cases) {
    Request r = staff_request();
    c.change(r);
    INFO(c.reason);
    CHECK(level(r) == RiskLevel::high);
    CHECK(reason_codes(r) == std::vector<std::string>{c.reason});
  }
}

TEST_CASE("an absent risk field counts as unknown: no data location is high risk") {
  Request r = staff_request();
  r.erase("data_location");
  CHECK(level(r) == RiskLevel::high);
  r = staff_request();
  r.set("data_location", std::string("outside_eu_eea"));  // safeguard absent
  CHECK(level(r) == RiskLevel::high);
  r.set("transfer_safeguard", std::string("sccs"));
  CHECK(level(r) == RiskLevel::medium);
}

TEST_CASE("supplier accounts are high risk only for the youngest") {
  Request r = staff_request();
  r.set("login_method", std::string("supplier_accounts"));
  r.set("grade_levels", std::vector<std::string>{"y7_9"});
  CHECK(level(r) == RiskLevel::medium);
  r.set("grade_levels", std::vector<std::string>{"y7_9", "preschool"});
  CHECK(level(r) == RiskLevel::high);
}

TEST_CASE("staff only, limited data, school login and EU storage is low risk") {
  CHECK(level(staff_request()) == RiskLevel::low);
  CHECK(reason_codes(staff_request()) == std::vector<std::string>{"staff_only_limited_data"});
  Request r = staff_request();
  r.set("data_location", std::string("eu_eea"));
  r.set("login_method", std::string("skolfederation"));
  CHECK(level(r) == RiskLevel::low);
}

TEST_CASE("missing any one low-risk condition gives medium") {
  Request r = staff_request();
  r.set("users", std::string("both"));
  CHECK(level(r) == RiskLevel::medium);
  r = staff_request();
  r.set("data_categories", std::vector<std::string>{"name", "student_work"});
  CHECK(level(r) == RiskLevel::medium);
  r = staff_request();
  r.set("login_method", std::string("other"));
  CHECK(level(r) == RiskLevel::medium);
  r = staff_request();
  r.erase("data_categories");
  CHECK(level(r) == RiskLevel::medium);
}

TEST_CASE("'unknown' personal data takes the same rules as yes, with its own reason") {
  // SPEC 3.3 takes the rules in order: only "no" is low by itself.
  Request r = staff_request();
  r.set("processes_personal_data", std::string("unknown"));
  CHECK(level(r) == RiskLevel::low);
  r.set("users", std::string("both"));
  CHECK(level(r) == RiskLevel::medium);
  CHECK(reason_codes(r) == std::vector<std::string>{"personal_data_unknown"});
}

TEST_CASE("risk is a total function of every combination of its fields") {
  // Every value of each risk-relevant field, absent and one outside the options included.
  const auto values = [](std::string_view key) {
    std::vector<std::optional<std::string>> out = {std::nullopt, std::string("bogus")};
    for (std::string_view option : find_field(key)->options) out.emplace_back(option);
    return out;
  };
  const auto pd = values("processes_personal_data");
  const auto protected_ids = values("protected_identity_students");
  const auto logins = values("login_method");
  const auto locations = values("data_location");
  const auto safeguards = values("transfer_safeguard");
  const auto users = values("users");
  const std::vector<std::vector<std::string>> category_sets = {
      {},
      {"name"},
      {"name", "usage_logs"},
      {"student_work"},
      {"special_category"},
      {"personal_identity_number", "email"}};
  const std::vector<std::vector<std::string>> grade_sets = {{}, {"f3"}, {"y7_9"}};

  std::size_t combinations = 0;
  std::size_t counts[3] = {};
  for (const auto& p : pd)
    for (const auto& pi : protected_ids)
      for (const auto& l : logins)
        for (const auto& loc : locations)
          for (const auto& s : safeguards)
            for (const auto& u : users)
              for (const auto& cats : category_sets)
                for (const auto& grades : grade_sets) {
                  Request r;
                  const auto put = [&](const char* key, const std::optional<std::string>& v) {
                    if (v) r.set(key, *v);
                  };
                  put("processes_personal_data", p);
                  put("protected_identity_students", pi);
                  put("login_method", l);
                  put("data_location", loc);
                  put("transfer_safeguard", s);
                  put("users", u);
                  r.set("data_categories", cats);
                  r.set("grade_levels", grades);
                  const Risk risk = assess_risk(r, Lang::en);
                  ++combinations;
                  ++counts[static_cast<int>(risk.level)];
                  // Every level is explained, and "no" is always low.
                  if (risk.reasons.empty() || (p == "no" && risk.level != RiskLevel::low)) {
                    FAIL("unexplained or wrong level");
                  }
                  if (dpa_required(r) != (p != "no")) FAIL("dpa_required disagrees");
                }
  CHECK(combinations == 5u * 5 * 8 * 6 * 6 * 5 * 6 * 3);
  CHECK(counts[0] > 0);
  CHECK(counts[1] > 0);
  CHECK(counts[2] > 0);
}

TEST_CASE("a DPA is required whenever personal data is yes or unknown") {
  Request r = sample::request();
  CHECK(dpa_required(r));
  r.set("processes_personal_data", std::string("unknown"));
  CHECK(dpa_required(r));
  r.erase("processes_personal_data");
  CHECK(dpa_required(r));
  r.set("processes_personal_data", std::string("no"));
  CHECK_FALSE(dpa_required(r));
}
