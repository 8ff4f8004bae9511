// SPEC 8: GET /metrics in Prometheus text format: requests by route and status, a latency
// histogram, requests by state and the outbox backlog; only for a scraper on this machine.
#include <catch2/catch.hpp>

#include <chrono>
#include <map>
#include <regex>
#include <sstream>
#include <thread>

#include "server/store/outbox.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Headers;
using anskaffa::testing::Response;
using anskaffa::testing::TestServer;
using anskaffa::testing::WorkflowFixture;

// Sample lines by their full name with labels, e.g. `anskaffa_requests{state="in_review"}`.
std::map<std::string, double> samples(const std::string& text) {
  static const std::regex sample(R"(^([a-z_]+(\{[^}]*\})?) ([0-9.e+-]+|\+Inf)$)");
  std::map<std::string, double> found;
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.starts_with("# HELP ") || line.starts_with("# TYPE ")) continue;
    std::smatch match;
    INFO(line);
    REQUIRE(std::regex_match(line, match, sample));
    found[match[1]] = std::stod(match[3]);
  }
  return found;
}

// The exchange is counted after its answer is written, so a scrape right after it may come
// first: ask again until the sample reaches minimum (or give up after a few seconds).
std::map<std::string, double> scrape_until(TestServer& server, const std::string& name,
                                           double minimum = 0) {
  auto client = server.client();
  for (int attempt = 0; attempt < 100; ++attempt) {
    const Response response = client.get("/metrics");
    REQUIRE(response.status == 200);
    auto found = samples(response.body);
    if (found.contains(name) && found.at(name) >= minimum) return found;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  FAIL("no sample " << name);
  return {};
}

}  // namespace

TEST_CASE("metrics count requests by route pattern and status, never by raw path", "[metrics]") {
  TestServer server;
  auto client = server.client();
  REQUIRE(client.get("/api/v1/session").status == 401);
  REQUIRE(client.get("/api/v1/requests/12345").status == 401);
  REQUIRE(client.get("/api/v1/requests/678").status == 401);
  REQUIRE(client.get("/api/v1/no-such-thing-4711").status == 404);

  const std::string session =
      R"(anskaffa_http_requests_total{method="GET",route="/api/v1/session",status="401"})";
  const std::string request =
      R"(anskaffa_http_requests_total{method="GET",route="/api/v1/requests/:id",status="401"})";
  const std::string unrouted =
      R"(anskaffa_http_requests_total{method="GET",route="unrouted",status="404"})";
  scrape_until(server, session, 1);
  scrape_until(server, request, 2);
  const auto found = scrape_until(server, unrouted, 1);
  CHECK(found.at(session) == 1);
  CHECK(found.at(request) == 2);
  CHECK(found.at(unrouted) == 1);
  for (const auto& [name, value] : found) {
    INFO(name);
    CHECK(name.find("4711") == std::string::npos);
    CHECK(name.find("12345") == std::string::npos);
  }
}

TEST_CASE("the latency histogram is cumulative and its +Inf bucket is its count", "[metrics]") {
  TestServer server;
  auto client = server.client();
  for (int i = 0; i < 5; ++i) REQUIRE(client.get("/healthz").status == 200);
  const std::string route = R"(route="/healthz")";
  const auto found =
      scrape_until(server, "anskaffa_http_request_duration_seconds_count{" + route + "}", 5);
  const double count = found.at("anskaffa_http_request_duration_seconds_count{" + route + "}");
  CHECK(count >= 5);
  CHECK(found.at("anskaffa_http_request_duration_seconds_bucket{" + route + R"(,le="+Inf"})") ==
        count);
  double previous = 0;
  for (const char* bound : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                            "0.5", "1", "2.5", "10"}) {
    const double bucket = found.at("anskaffa_http_request_duration_seconds_bucket{" + route +
                                   ",le=\"" + bound + "\"}");
    CHECK(bucket >= previous);
    CHECK(bucket <= count);
    previous = bucket;
  }
  CHECK(found.at("anskaffa_http_request_duration_seconds_sum{" + route + "}") >= 0);
}

TEST_CASE("metrics give the requests in every state and the outbox backlog", "[metrics]") {
  WorkflowFixture f;
  const std::int64_t first = f.submitted(f.owner, f.valid_request(f.unit_a));
  f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.principal_a, first, "principal_approve").status == 200);

  const auto found = scrape_until(f.server, R"(anskaffa_requests{state="in_review"})");
  CHECK(found.at(R"(anskaffa_requests{state="in_review"})") == 1);
  CHECK(found.at(R"(anskaffa_requests{state="awaiting_principal"})") == 1);
  for (const char* state : {"needs_completion", "dpa_pending", "approved", "ordered", "rejected",
                            "declined", "withdrawn", "direct_purchase_allowed"}) {
    CHECK(found.at("anskaffa_requests{state=\"" + std::string(state) + "\"}") == 0);
  }
  CHECK(found.at("anskaffa_outbox_pending") == 0);
  CHECK(found.at("anskaffa_outbox_failed_attempts") == 0);
  CHECK(found.at("anskaffa_outbox_undeliverable") == 0);
}

TEST_CASE("metrics tell mail waiting, retrying and given up apart", "[metrics]") {
  TestServer server;
  auto connection = server.database().connect();
  for (int i = 0; i < 3; ++i) {
    anskaffa::store::enqueue_mail(*connection, "a@skola.example", "Ämne", "Text", 100);
  }
  const auto due = anskaffa::store::due_mail(*connection, 100, 10);
  REQUIRE(due.size() == 3);
  anskaffa::store::mark_mail_failed(*connection, due[0].id, "421 try later", 400);
  anskaffa::store::mark_mail_failed(*connection, due[1].id, "550 no such user",
                                    anskaffa::store::never_again);
  const auto found = scrape_until(server, "anskaffa_outbox_pending", 2);
  CHECK(found.at("anskaffa_outbox_pending") == 2);
  CHECK(found.at("anskaffa_outbox_failed_attempts") == 1);
  CHECK(found.at("anskaffa_outbox_undeliverable") == 1);
}

TEST_CASE("metrics are refused to what came through a proxy", "[metrics]") {
  TestServer server;
  auto client = server.client();
  for (const char* header : {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
    INFO(header);
    const Response response = client.get("/metrics", Headers{{header, "203.0.113.9"}});
    CHECK(response.status == 404);
    CHECK(response.body.find("anskaffa_") == std::string::npos);
  }
  const Response direct = client.get("/metrics");
  CHECK(direct.status == 200);
  CHECK(direct.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8");
  CHECK(direct.header("Cache-Control") == "no-store");
}
