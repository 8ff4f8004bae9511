// SPEC 8: sign-in is refused 429 after 10 failures for an account, or 50 from an address,
// within 15 minutes, for 15 minutes, and the count survives a restart.
#include <catch2/catch.hpp>

#include <atomic>
#include <memory>
#include <nlohmann/json.hpp>

#include "server/auth/sign_in_throttle.h"
#include "support/test_server.h"

namespace {

using anskaffa::testing::Response;
using anskaffa::testing::ServerOptions;
using anskaffa::testing::TestServer;
using nlohmann::json;

const std::string account_password = "rätt häst batteri";
constexpr std::int64_t start = 1'780'000'000;

struct Clocked {
  std::shared_ptr<std::atomic<std::int64_t>> now =
      std::make_shared<std::atomic<std::int64_t>>(start);
  ServerOptions options() const {
    ServerOptions o;
    o.clock = [now = now] { return now->load(); };
    return o;
  }
};

Response attempt(TestServer& server, const std::string& email, const std::string& pass,
                 const anskaffa::testing::Headers& headers = {}) {
  return server.client().post("/api/v1/session", json{{"email", email}, {"password", pass}}.dump(),
                              "application/json", headers);
}

// As nginx forwards a request: the client's own X-Forwarded-For (if any), then its address.
anskaffa::testing::Headers forwarded_from(const std::string& address,
                                          const std::string& claimed = "") {
  return {{"X-Forwarded-For", claimed.empty() ? address : claimed + ", " + address}};
}

}  // namespace

TEST_CASE("the 11th sign-in after 10 failures for an account is refused 429 for 15 minutes",
          "[throttle]") {
  Clocked clock;
  TestServer server(clock.options());
  server.add_user("rut@skola.example", account_password);
  for (int i = 0; i < 10; ++i) {
    INFO(i);
    CHECK(attempt(server, "rut@skola.example", "fel lösenord").status == 401);
  }
  const Response locked =
      attempt(server, "Rut@Skola.example", account_password);  // right password, too
  CHECK(locked.status == 429);
  CHECK(json::parse(locked.body).at("error").at("code") == "too_many_attempts");
  // Another account from the same address is not locked by this one.
  server.add_user("per@skola.example", account_password);
  CHECK(attempt(server, "per@skola.example", account_password).status == 200);
  *clock.now = start + 14 * 60;
  CHECK(attempt(server, "rut@skola.example", account_password).status == 429);
  *clock.now = start + 16 * 60;
  CHECK(attempt(server, "rut@skola.example", account_password).status == 200);
}

TEST_CASE("nine failures and a success leave the account's count at zero", "[throttle]") {
  Clocked clock;
  TestServer server(clock.options());
  server.add_user("rut@skola.example", account_password);
  for (int i = 0; i < 9; ++i) attempt(server, "rut@skola.example", "fel");
  CHECK(attempt(server, "rut@skola.example", account_password).status == 200);
  for (int i = 0; i < 9; ++i) attempt(server, "rut@skola.example", "fel");
  CHECK(attempt(server, "rut@skola.example", account_password).status == 200);
}

TEST_CASE("50 failures from one address lock the address, and a success does not reset it",
          "[throttle]") {
  Clocked clock;
  TestServer server(clock.options());
  server.add_user("rut@skola.example", account_password);
  for (int i = 0; i < 49; ++i) {
    CHECK(attempt(server, "okand" + std::to_string(i) + "@skola.example", "fel").status == 401);
  }
  CHECK(attempt(server, "rut@skola.example", account_password).status == 200);  // does not reset
  CHECK(attempt(server, "okand49@skola.example", "fel").status == 401);         // the 50th failure
  CHECK(attempt(server, "rut@skola.example", account_password).status == 429);
  CHECK(attempt(server, "ny@skola.example", "fel").status == 429);
}

TEST_CASE("behind the proxy, 50 failures lock the client's address, not everyone's", "[throttle]") {
  Clocked clock;
  TestServer server(clock.options());
  server.add_user("rut@skola.example", account_password);
  for (int i = 0; i < 50; ++i) {
    // The attacker claims an address of their own choosing first; the proxy's entry is last.
    CHECK(attempt(server, "okand" + std::to_string(i) + "@skola.example", "fel",
                  forwarded_from("198.51.100.7", "203.0.113." + std::to_string(i)))
              .status == 401);
  }
  CHECK(attempt(server, "rut@skola.example", account_password, forwarded_from("198.51.100.7"))
            .status == 429);
  // Another client through the same proxy signs in.
  CHECK(attempt(server, "rut@skola.example", account_password, forwarded_from("198.51.100.8"))
            .status == 200);
  // A header that is not an address counts as the proxy itself, which is not locked.
  CHECK(attempt(server, "rut@skola.example", account_password,
                {{"X-Forwarded-For", "'; DROP TABLE x"}})
            .status == 200);
}

TEST_CASE("the throttle's count is kept in the database across a restart", "[throttle]") {
  anskaffa::testing::TempDir dir;
  const std::string path = (dir.path() / "throttle.db").string();
  std::int64_t now = start;
  const anskaffa::auth::Clock clock = [&now] { return now; };
  {
    anskaffa::store::Database database(path);
    anskaffa::auth::DatabaseThrottle throttle(database, clock);
    for (int i = 0; i < 10; ++i) throttle.record("rut@skola.example", "10.0.0.1", false);
    CHECK_FALSE(throttle.allows("rut@skola.example", "10.0.0.2"));
  }
  anskaffa::store::Database reopened(path);
  anskaffa::auth::DatabaseThrottle throttle(reopened, clock);
  CHECK_FALSE(throttle.allows("rut@skola.example", "10.0.0.2"));
  CHECK(throttle.allows("per@skola.example", "10.0.0.2"));
  now += 15 * 60 + 1;
  CHECK(throttle.allows("rut@skola.example", "10.0.0.2"));
}
