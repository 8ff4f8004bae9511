// How long the core takes to judge a full request: validate and assess_risk, and the whole
// of what POST /api/v1/validate does (decode, validate, risk, encode). Built natively and as
// WebAssembly from this one file, so tools/bench can give the ratio wasm/native.
// Prints one line per figure: "name ns_per_call".
#include <chrono>
#include <cstdio>
#include <string>

#include "shared/assessment.h"
#include "shared/request_json.h"
#include "shared/risk.h"
#include "shared/validate.h"

using namespace anskaffa;
using Clock = std::chrono::steady_clock;

namespace {

// The same full request as the tests' sample: every section filled, personal data processed.
const char* const full_request = R"({
  "requester_name": "Åsa Lärare", "requester_email": "asa.larare@exempelskolan.se",
  "requester_role": "teacher", "unit_id": 1, "resource_name": "Kodknäckarna",
  "resource_type": "web_service", "supplier_name": "Exempelförlaget AB",
  "supplier_org_number": "556016-0680", "website_url": "https://kodknackarna.example",
  "description": "Programmering i matematik för årskurs 4–6, i par.",
  "grade_levels": ["y4_6"], "users": "students", "user_count": 120,
  "start_date": "2026-03-01", "cost_model": "paid", "annual_cost_sek": 12000,
  "purchase_route": "atea", "processes_personal_data": "yes",
  "data_categories": ["name", "student_work"], "protected_identity_students": "no",
  "login_method": "google_school", "data_location": "eu_eea",
  "privacy_policy_url": "https://kodknackarna.example/integritet",
  "principal_name": "Per Rektor", "principal_email": "per.rektor@exempelskolan.se",
  "register_holder_name": "Per Rektor", "register_holder_email": "per.rektor@exempelskolan.se",
  "system_admin_name": "Sara Admin", "system_admin_email": "sara.admin@exempelskolan.se",
  "training_confirmed": true})";

volatile std::size_t sink;

// Runs f in rounds until at least half a second has passed; reports the best round's time per
// call, the figure least disturbed by other work on a shared machine.
template <typename F>
void measure(const char* name, F f) {
  constexpr int calls_per_round = 2000;
  double best = 1e300;
  const auto start = Clock::now();
  while (Clock::now() - start < std::chrono::milliseconds(500)) {
    const auto t0 = Clock::now();
    for (int i = 0; i < calls_per_round; ++i) sink = f();
    const double ns = std::chrono::duration<double, std::nano>(Clock::now() - t0).count();
    if (ns / calls_per_round < best) best = ns / calls_per_round;
  }
  std::printf("%s %.0f\n", name, best);
}

}  // namespace

int main() {
  ValidationContext context;
  context.reference_date = {2026, 1, 15};
  context.units = {{1, "Exempelskolan", "grundskola"}};
  for (int i = 0; i < 40; ++i) context.catalog.push_back({i + 1, "Resurs " + std::to_string(i)});
  const nlohmann::json body = *parse_json_object(full_request);
  const Request request = decode_request(body, Lang::sv).request;

  measure("validate", [&] { return validate(request, context).size(); });
  measure("assess_risk", [&] { return assess_risk(request, Lang::sv).reasons.size(); });
  measure("validate_endpoint_core", [&] {
    const auto parsed = parse_json_object(full_request);
    return assessment_json(assess(*parsed, context)).dump().size();
  });
  return 0;
}
