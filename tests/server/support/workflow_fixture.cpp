#include "support/workflow_fixture.h"

#include <catch2/catch.hpp>

namespace anskaffa::testing {
namespace {

using nlohmann::json;

const std::string password = "rätt häst batteri";

ServerOptions options_with(const std::shared_ptr<std::atomic<std::int64_t>>& now,
                           std::optional<int> smtp_port,
                           std::chrono::milliseconds outbox_interval) {
  ServerOptions options;
  options.smtp_port = smtp_port;
  options.outbox_interval = outbox_interval;
  options.clock = [now] { return now->load(); };
  // The tests move the clock by days and years; sessions must outlive that.
  options.sessions.idle_limit = std::chrono::hours(24 * 365 * 10);
  options.sessions.absolute_limit = std::chrono::hours(24 * 365 * 10);
  return options;
}

}  // namespace

Headers with_cookie(const std::string& cookie, Headers extra) {
  extra.emplace("Cookie", cookie);
  return extra;
}

WorkflowFixture::WorkflowFixture(std::optional<int> smtp_port,
                                 std::chrono::milliseconds outbox_interval)
    : now(std::make_shared<std::atomic<std::int64_t>>(fixture_now)),
      server(options_with(now, smtp_port, outbox_interval)) {
  unit_a = server.add_unit("Exempelskolan");
  unit_b = server.add_unit("Demoskolan");
  const auto make = [&](Person& person, const std::string& email,
                        const std::vector<std::string>& roles,
                        const std::vector<std::int64_t>& units) {
    person.email = email;
    person.id = server.add_user(email, password, roles, units, "Test " + email);
    person.cookie = server.sign_in(email, password);
    REQUIRE(!person.cookie.empty());
  };
  make(owner, "agare@skola.example", {"requester"}, {});
  make(other, "annan@skola.example", {"requester"}, {});
  make(principal_a, "rektor.a@skola.example", {"principal"}, {unit_a});
  make(principal_b, "rektor.b@skola.example", {"principal"}, {unit_b});
  make(reviewer, "granskare@di.example", {"reviewer"}, {});
  make(reviewer2, "granskare2@di.example", {"reviewer"}, {});
  make(infosec, "infosak@di.example", {"infosec"}, {});
  make(admin, "admin@di.example", {"admin"}, {});
  make(dual, "dubbel@di.example", {"requester", "reviewer"}, {});
}

json WorkflowFixture::valid_request(std::int64_t unit_id) {
  return {
      {"requester_name", "Åsa Lärare"},
      {"requester_email", "asa.larare@skola.example"},
      {"requester_role", "teacher"},
      {"unit_id", unit_id},
      {"resource_name", "Kodknäckarna"},
      {"resource_type", "web_service"},
      {"supplier_name", "Demokod Sverige AB"},
      {"website_url", "https://kodknackarna.example"},
      {"description", "Programmering i matematik för årskurs 4–6, i par."},
      {"grade_levels", {"y4_6"}},
      {"users", "students"},
      {"user_count", 120},
      {"start_date", "2026-09-01"},
      {"cost_model", "free"},
      {"processes_personal_data", "yes"},
      {"data_categories", {"name", "student_work"}},
      {"protected_identity_students", "no"},
      {"login_method", "google_school"},
      {"data_location", "eu_eea"},
      {"privacy_policy_url", "https://kodknackarna.example/integritet"},
      {"principal_name", "Per Rektor"},
      {"principal_email", "per.rektor@skola.example"},
      {"register_holder_name", "Per Rektor"},
      {"register_holder_email", "per.rektor@skola.example"},
      {"system_admin_name", "Sara Admin"},
      {"system_admin_email", "sara.admin@skola.example"},
      {"training_confirmed", true},
  };
}

json WorkflowFixture::request_without_personal_data(std::int64_t unit_id) {
  json request = valid_request(unit_id);
  request["processes_personal_data"] = "no";
  for (const char* key :
       {"data_categories", "protected_identity_students", "login_method", "data_location",
        "privacy_policy_url", "system_admin_name", "system_admin_email"}) {
    request.erase(key);
  }
  return request;
}

std::string WorkflowFixture::path(std::int64_t id, const std::string& rest) {
  return "/api/v1/requests/" + std::to_string(id) + rest;
}

Response WorkflowFixture::submit(const Person& who, const json& request, const Headers& headers) {
  return server.client().post("/api/v1/requests", request.dump(), "application/json",
                              with_cookie(who.cookie, headers));
}

std::int64_t WorkflowFixture::submitted(const Person& who, const json& request) {
  const Response response = submit(who, request);
  INFO(response.body);
  REQUIRE(response.status == 201);
  return json::parse(response.body).at("id").get<std::int64_t>();
}

Response WorkflowFixture::get(const Person& who, std::int64_t id) {
  return server.client().get(path(id), with_cookie(who.cookie));
}

json WorkflowFixture::view(const Person& who, std::int64_t id) {
  const Response response = get(who, id);
  INFO(response.body);
  REQUIRE(response.status == 200);
  return json::parse(response.body);
}

std::int64_t WorkflowFixture::version(std::int64_t id) {
  return view(reviewer, id).at("version").get<std::int64_t>();
}

Response WorkflowFixture::act(const Person& who, std::int64_t id, json body) {
  return server.client().post(path(id, "/actions"), body.dump(), "application/json",
                              with_cookie(who.cookie));
}

Response WorkflowFixture::act_now(const Person& who, std::int64_t id, const std::string& action,
                                  json extra) {
  extra["action"] = action;
  extra["version"] = version(id);
  return act(who, id, extra);
}

Response WorkflowFixture::put(const Person& who, std::int64_t id, const json& body) {
  return server.client().put(path(id), body.dump(), "application/json", with_cookie(who.cookie));
}

std::int64_t WorkflowFixture::in_review_with_dpa(const Person& who, const json& request) {
  const std::int64_t id = submitted(who, request);
  REQUIRE(act_now(principal_a, id, "principal_approve").status == 200);
  REQUIRE(act_now(reviewer, id, "require_dpa").status == 200);
  const Response recorded = act_now(infosec, id, "record_dpa",
                                    {{"reference", "PUB-2026-017"},
                                     {"signed_on", "2026-05-20"},
                                     {"valid_from", "2026-05-20"},
                                     {"valid_until", "2028-05-19"}});
  INFO(recorded.body);
  REQUIRE(recorded.status == 200);
  return id;
}

void WorkflowFixture::sign_in_again(Person& person) {
  person.cookie = server.sign_in(person.email, password);
  REQUIRE(!person.cookie.empty());
}

std::int64_t WorkflowFixture::count(const std::string& sql) {
  auto connection = server.database().connect();
  auto query = connection->prepare(sql);
  REQUIRE(query.step());
  return query.column_int64(0);
}

}  // namespace anskaffa::testing
