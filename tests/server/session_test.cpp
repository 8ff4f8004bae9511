// SPEC 8 and 9: signing in and out, the session cookie, and what the database keeps of
// passwords and tokens.
#include <catch2/catch.hpp>

#include <atomic>
#include <nlohmann/json.hpp>

#include "server/auth/session_token.h"
#include "server/store/sessions.h"
#include "support/test_server.h"

namespace {

using anskaffa::testing::Headers;
using anskaffa::testing::Response;
using anskaffa::testing::ServerOptions;
using anskaffa::testing::TestServer;
using nlohmann::json;

const std::string right_password = "rätt häst batteri";

std::string sign_in_body(const std::string& email, const std::string& pass) {
  return json{{"email", email}, {"password", pass}}.dump();
}

std::string cookie_of(const Response& response) {
  const std::string set_cookie = response.header("Set-Cookie");
  return set_cookie.substr(0, set_cookie.find(';'));
}

std::string token_of(const std::string& cookie) { return cookie.substr(cookie.find('=') + 1); }

}  // namespace

TEST_CASE("signing in sets an HttpOnly, SameSite=Strict session cookie and returns the user",
          "[session]") {
  TestServer server;
  const auto unit = server.add_unit("Exempelskolan");
  const auto id = server.add_user("rut@skola.example", right_password, {"principal", "requester"},
                                  {unit}, "Rut");
  auto client = server.client();

  const Response response =
      client.post("/api/v1/session", sign_in_body("rut@skola.example", right_password));

  REQUIRE(response.status == 200);
  const std::string set_cookie = response.header("Set-Cookie");
  CHECK(set_cookie.starts_with("anskaffa_session="));
  CHECK(token_of(cookie_of(response)).size() >= 43);  // 32 random bytes, base64url
  CHECK(set_cookie.find("; HttpOnly") != std::string::npos);
  CHECK(set_cookie.find("; SameSite=Strict") != std::string::npos);
  CHECK(set_cookie.find("; Path=/") != std::string::npos);
  CHECK(set_cookie.find("Secure") == std::string::npos);
  const json body = json::parse(response.body);
  CHECK(body == json{{"user",
                      {{"id", id},
                       {"email", "rut@skola.example"},
                       {"name", "Rut"},
                       {"roles", {"principal", "requester"}},
                       {"units", {unit}}}},
                     {"session", {{"idle_seconds", 8 * 3600 - 60}}}});
}

TEST_CASE("with --secure-cookies the session cookie is Secure", "[session]") {
  ServerOptions options;
  options.secure_cookies = true;
  TestServer server(options);
  server.add_user("rut@skola.example", right_password);
  const Response response =
      server.client().post("/api/v1/session", sign_in_body("rut@skola.example", right_password));
  REQUIRE(response.status == 200);
  CHECK(response.header("Set-Cookie").find("; Secure") != std::string::npos);
}

TEST_CASE("the e-mail address signs in whatever its case and surrounding space", "[session]") {
  TestServer server;
  server.add_user("rut@skola.example", right_password);
  const Response response =
      server.client().post("/api/v1/session", sign_in_body("  Rut@Skola.EXAMPLE ", right_password));
  CHECK(response.status == 200);
}

TEST_CASE("a wrong password and an unknown account get the same 401", "[session]") {
  TestServer server;
  server.add_user("rut@skola.example", right_password);
  auto client = server.client();

  const Response wrong_password =
      client.post("/api/v1/session", sign_in_body("rut@skola.example", "fel lösenord"));
  const Response unknown_user =
      client.post("/api/v1/session", sign_in_body("ingen@skola.example", right_password));

  CHECK(wrong_password.status == 401);
  CHECK(unknown_user.status == 401);
  CHECK(wrong_password.body == unknown_user.body);
  CHECK_FALSE(wrong_password.has_header("Set-Cookie"));
  CHECK_FALSE(unknown_user.has_header("Set-Cookie"));
  const json error = json::parse(wrong_password.body).at("error");
  CHECK(error.at("code") == "unauthenticated");
  CHECK_FALSE(error.at("message").get<std::string>().empty());
}

TEST_CASE("the sign-in refusal is worded in the language Accept-Language asks for", "[session]") {
  TestServer server;
  auto client = server.client();
  const auto body = sign_in_body("ingen@skola.example", right_password);
  const Response swedish = client.post("/api/v1/session", body);
  const Response english =
      client.post("/api/v1/session", body, "application/json", {{"Accept-Language", "en-GB"}});
  CHECK(swedish.status == 401);
  CHECK(english.status == 401);
  CHECK(json::parse(swedish.body)["error"]["message"] !=
        json::parse(english.body)["error"]["message"]);
}

TEST_CASE("a sign-in without an e-mail or with a password that is not text is refused with 422",
          "[session]") {
  TestServer server;
  const Response response =
      server.client().post("/api/v1/session", json{{"password", 12345678}}.dump());
  REQUIRE(response.status == 422);
  const json error = json::parse(response.body).at("error");
  CHECK(error.at("code") == "invalid_request");
  REQUIRE(error.at("findings").size() == 2);
  CHECK(error["findings"][0]["field"] == "email");
  CHECK(error["findings"][0]["code"] == "required");
  CHECK(error["findings"][1]["field"] == "password");
  CHECK(error["findings"][1]["code"] == "wrong_type");
}

TEST_CASE("GET /api/v1/session returns the signed-in user, and 401 without a session",
          "[session]") {
  TestServer server;
  const auto id = server.add_user("rut@skola.example", right_password);
  const std::string cookie = server.sign_in("rut@skola.example", right_password);
  REQUIRE_FALSE(cookie.empty());
  auto client = server.client();

  const Response signed_in = client.get("/api/v1/session", {{"Cookie", cookie}});
  CHECK(signed_in.status == 200);
  CHECK(json::parse(signed_in.body)["user"]["id"] == id);

  const Response anonymous = client.get("/api/v1/session");
  CHECK(anonymous.status == 401);
  CHECK(json::parse(anonymous.body)["error"]["code"] == "unauthenticated");

  const Response forged = client.get("/api/v1/session", {{"Cookie", "anskaffa_session=forged"}});
  CHECK(forged.status == 401);
}

TEST_CASE("signing out ends the session: its token no longer signs anyone in", "[session]") {
  TestServer server;
  server.add_user("rut@skola.example", right_password);
  const std::string cookie = server.sign_in("rut@skola.example", right_password);
  auto client = server.client();

  const Response signed_out = client.del("/api/v1/session", {{"Cookie", cookie}});
  CHECK(signed_out.status == 204);
  CHECK(signed_out.header("Set-Cookie").find("Max-Age=0") != std::string::npos);

  CHECK(client.get("/api/v1/session", {{"Cookie", cookie}}).status == 401);
  CHECK(client.del("/api/v1/session", {{"Cookie", cookie}}).status == 401);
}

TEST_CASE("signing in again gives a new token and ends the one the browser sent", "[session]") {
  TestServer server;
  server.add_user("rut@skola.example", right_password);
  const std::string first = server.sign_in("rut@skola.example", right_password);
  auto client = server.client();

  const Response again =
      client.post("/api/v1/session", sign_in_body("rut@skola.example", right_password),
                  "application/json", {{"Cookie", first}});
  REQUIRE(again.status == 200);
  const std::string second = cookie_of(again);
  CHECK(second != first);
  CHECK(client.get("/api/v1/session", {{"Cookie", first}}).status == 401);
  CHECK(client.get("/api/v1/session", {{"Cookie", second}}).status == 200);
}

TEST_CASE("a session ends after the idle limit and after the absolute limit", "[session]") {
  std::atomic<std::int64_t> now = 1'800'000'000;
  ServerOptions options;
  options.clock = [&now] { return now.load(); };
  options.sessions.idle_limit = std::chrono::hours(8);
  options.sessions.absolute_limit = std::chrono::hours(24 * 7);
  TestServer server(options);
  server.add_user("rut@skola.example", right_password);
  auto client = server.client();

  SECTION("idle") {
    const std::string cookie = server.sign_in("rut@skola.example", right_password);
    now += 7 * 3600;  // still within the idle limit, and the visit renews it
    CHECK(client.get("/api/v1/session", {{"Cookie", cookie}}).status == 200);
    now += 7 * 3600;
    CHECK(client.get("/api/v1/session", {{"Cookie", cookie}}).status == 200);
    now += 8 * 3600 + 1;
    CHECK(client.get("/api/v1/session", {{"Cookie", cookie}}).status == 401);
  }
  SECTION("absolute") {
    const std::string cookie = server.sign_in("rut@skola.example", right_password);
    for (int visit = 0; visit < 4 * 7; ++visit) {  // every six hours for seven days
      now += 6 * 3600;
      CHECK(client.get("/api/v1/session", {{"Cookie", cookie}}).status == 200);
    }
    // Seven days and a moment after sign-in, although never idle for long.
    now += 1;
    CHECK(client.get("/api/v1/session", {{"Cookie", cookie}}).status == 401);
  }
}

TEST_CASE("the session says how long it lasts without a request, and GET renews it", "[session]") {
  // WCAG 2.2.1: the app warns before the session ends and renews it on the user's word.
  std::atomic<std::int64_t> now = 1'800'000'000;
  ServerOptions options;
  options.clock = [&now] { return now.load(); };
  options.sessions.idle_limit = std::chrono::minutes(30);
  options.sessions.touch_interval = std::chrono::minutes(1);
  TestServer server(options);
  server.add_user("rut@skola.example", right_password);
  auto client = server.client();

  const Response signed_in =
      client.post("/api/v1/session", sign_in_body("rut@skola.example", right_password));
  REQUIRE(signed_in.status == 200);
  // Last-seen may lag a minute behind the last request: 29 minutes are sure.
  const std::int64_t idle = 29 * 60;
  CHECK(json::parse(signed_in.body).at("session") == json{{"idle_seconds", idle}});
  const std::string cookie = cookie_of(signed_in);
  for (int renewal = 0; renewal < 3; ++renewal) {
    now += idle - 5;  // the warning's "continue", just before the end
    const Response renewed = client.get("/api/v1/session", {{"Cookie", cookie}});
    REQUIRE(renewed.status == 200);
    CHECK(json::parse(renewed.body).at("session").at("idle_seconds") == idle);
  }
  now += 30 * 60 + 1;  // no answer to the warning
  CHECK(client.get("/api/v1/session", {{"Cookie", cookie}}).status == 401);
}

TEST_CASE("passwords are stored as Argon2id hashes", "[session]") {
  TestServer server;
  server.add_user("rut@skola.example", right_password);
  auto connection = server.database().connect();
  auto query = connection->prepare("SELECT password_hash FROM users");
  REQUIRE(query.step());
  const std::string hash = query.column_text(0);
  CHECK(hash.starts_with("$argon2id$"));
  CHECK(hash.find(right_password) == std::string::npos);
}

TEST_CASE("session tokens are stored only as hashes: the raw token is nowhere in the database",
          "[session]") {
  TestServer server;
  server.add_user("rut@skola.example", right_password);
  const std::string token = token_of(server.sign_in("rut@skola.example", right_password));
  REQUIRE(token.size() >= 43);

  {
    auto connection = server.database().connect();
    CHECK(anskaffa::store::find_session(*connection, anskaffa::auth::hash_session_token(token)));
  }
  std::string files;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    files += anskaffa::testing::read_file(server.db_path().string() + suffix);
  }
  REQUIRE_FALSE(files.empty());
  CHECK(files.find(token) == std::string::npos);
}
