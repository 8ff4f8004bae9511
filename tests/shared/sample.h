// A complete, valid request and the context it is valid in, for tests to vary one thing at a
// time. The reference date is fixed: no test depends on the day it runs.
#pragma once

#include <algorithm>
#include <string>

#include "shared/finding.h"
#include "shared/request.h"
#include "shared/validate.h"

namespace anskaffa::sample {

inline ValidationContext context(Lang lang = Lang::sv) {
  ValidationContext c;
  c.reference_date = {2026, 1, 15};
  c.units = {{1, "Exempelskolan", "grundskola"}, {2, "Provgymnasiet", "gymnasieskola"}};
  c.catalog = {{10, "Matteverkstan"}, {11, "Läslyftet Åk 4–6"}};
  c.lang = lang;
  return c;
}

// A new web service for students that processes personal data, complete and valid.
inline Request request() {
  Request r;
  r.set("requester_name", std::string("Åsa Lärare"));
  r.set("requester_email", std::string("asa.larare@exempelskolan.se"));
  r.set("requester_role", std::string("teacher"));
  r.set("unit_id", std::int64_t{1});
  r.set("resource_name", std::string("Kodknäckarna"));
  r.set("resource_type", std::string("web_service"));
  r.set("supplier_name", std::string("Exempelförlaget AB"));
  r.set("supplier_org_number", std::string("556016-0680"));
  r.set("website_url", std::string("https://kodknackarna.example"));
  r.set("description", std::string("Programmering i matematik för årskurs 4–6, i par."));
  r.set("grade_levels", std::vector<std::string>{"y4_6"});
  r.set("users", std::string("students"));
  r.set("user_count", std::int64_t{120});
  r.set("start_date", std::string("2026-03-01"));
  r.set("cost_model", std::string("free"));
  r.set("processes_personal_data", std::string("yes"));
  r.set("data_categories", std::vector<std::string>{"name", "student_work"});
  r.set("protected_identity_students", std::string("no"));
  r.set("login_method", std::string("google_school"));
  r.set("data_location", std::string("eu_eea"));
  r.set("privacy_policy_url", std::string("https://kodknackarna.example/integritet"));
  r.set("principal_name", std::string("Per Rektor"));
  r.set("principal_email", std::string("per.rektor@exempelskolan.se"));
  r.set("register_holder_name", std::string("Per Rektor"));
  r.set("register_holder_email", std::string("per.rektor@exempelskolan.se"));
  r.set("system_admin_name", std::string("Sara Admin"));
  r.set("system_admin_email", std::string("sara.admin@exempelskolan.se"));
  r.set("training_confirmed", true);
  return r;
}

// The codes found on one field, in order.
inline std::vector<std::string> codes(const Findings& findings, std::string_view field) {
  std::vector<std::string> out;
  for (const Finding& f : findings) {
    if (f.field == field) out.push_back(f.code);
  }
  return out;
}

inline bool has_code(const Findings& findings, std::string_view field, std::string_view code) {
  return std::any_of(findings.begin(), findings.end(),
                     [&](const Finding& f) { return f.field == field && f.code == code; });
}

}  // namespace anskaffa::sample
