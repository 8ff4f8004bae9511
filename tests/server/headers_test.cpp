// SPEC 8 and 9: the headers every response carries, the error shape of every refusal, and
// what an unexpected failure shows (nothing of its cause).
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/test_server.h"

namespace {

using anskaffa::testing::Response;
using anskaffa::testing::TestServer;
using nlohmann::json;

const std::string expected_csp =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' "
    "'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

void check_security_headers(const Response& response) {
  CHECK(response.header_count("Content-Security-Policy") == 1);
  CHECK(response.header("Content-Security-Policy") == expected_csp);
  CHECK(response.header("X-Content-Type-Options") == "nosniff");
  CHECK(response.header("Referrer-Policy") == "no-referrer");
}

void check_error_shape(const Response& response, const std::string& code) {
  CHECK(response.header("Content-Type").starts_with("application/json"));
  const json body = json::parse(response.body);
  REQUIRE(body.contains("error"));
  CHECK(body.size() == 1);
  CHECK(body["error"]["code"] == code);
  CHECK_FALSE(body["error"]["message"].get<std::string>().empty());
}

}  // namespace

TEST_CASE("every response carries the security headers: API, static file and error", "[headers]") {
  TestServer server;
  anskaffa::testing::write_file(server.web_root() / "index.html", "<!doctype html>");
  auto client = server.client();

  SECTION("API") {
    const Response response = client.get("/healthz");
    CHECK(response.status == 200);
    check_security_headers(response);
  }
  SECTION("static file") {
    const Response response = client.get("/");
    CHECK(response.status == 200);
    check_security_headers(response);
  }
  SECTION("API error") {
    const Response response = client.get("/api/v1/session");
    CHECK(response.status == 401);
    check_security_headers(response);
  }
  SECTION("static error") {
    const Response response = client.get("/no-such-file.js");
    CHECK(response.status == 404);
    check_security_headers(response);
  }
  SECTION("refusal before routing") {
    const Response response = client.post("/api/v1/session", "{}", "text/plain");
    CHECK(response.status == 415);
    check_security_headers(response);
  }
}

TEST_CASE("API responses are never cached, the app's files may be", "[headers]") {
  TestServer server;
  server.add_user("asa@skola.example", "rätt häst batteri");
  anskaffa::testing::write_file(server.web_root() / "app.js", "1");
  auto client = server.client();
  const std::string cookie = server.sign_in("asa@skola.example", "rätt häst batteri");
  for (const std::string path :
       {"/api/v1/session", "/api/v1/units", "/api/v1/form", "/api/v1/nothing-here"}) {
    INFO(path);
    CHECK(client.get(path, {{"Cookie", cookie}}).header("Cache-Control") == "no-store");
  }
  CHECK(client.get("/api/v1/session").header("Cache-Control") == "no-store");  // a 401 too
  CHECK(client.get("/app.js").header("Cache-Control") != "no-store");
}

TEST_CASE("an unexpected exception answers a generic 500 and shows nothing of its text",
          "[headers]") {
  TestServer server;
  const std::string secret = "secret-table-name-and-stack";
  server.add_throwing_route("/test/throws", secret);
  const Response response = server.client().post("/test/throws", "{}");
  CHECK(response.status == 500);
  check_error_shape(response, "internal");
  check_security_headers(response);
  CHECK_FALSE(response.has_header("EXCEPTION_WHAT"));
  CHECK(response.body.find(secret) == std::string::npos);
  for (const auto& [name, value] : response.headers) {
    INFO(name);
    CHECK(value.find(secret) == std::string::npos);
  }
}

TEST_CASE("an unknown API path is 404 and a known one with another method is 405", "[headers]") {
  TestServer server;
  auto client = server.client();
  const Response unknown = client.get("/api/v1/nothing-here");
  CHECK(unknown.status == 404);
  check_error_shape(unknown, "not_found");

  const Response wrong_method = client.get("/api/v1/validate");
  CHECK(wrong_method.status == 405);
  check_error_shape(wrong_method, "method_not_allowed");
  CHECK(wrong_method.header("Allow") == "POST");

  const Response delete_form = client.del("/api/v1/form");
  CHECK(delete_form.status == 405);
  CHECK(delete_form.header("Allow") == "GET");
}

TEST_CASE("the signed-in endpoints answer 401 without a session", "[headers]") {
  TestServer server;
  auto client = server.client();
  for (const std::string path : {"/api/v1/session", "/api/v1/form", "/api/v1/units"}) {
    INFO(path);
    const Response response = client.get(path);
    CHECK(response.status == 401);
    check_error_shape(response, "unauthenticated");
  }
  CHECK(client.del("/api/v1/session").status == 401);
}

TEST_CASE("GET /healthz answers ok while the database answers, 503 when it does not", "[health]") {
  TestServer server;
  auto client = server.client();
  const Response healthy = client.get("/healthz");
  CHECK(healthy.status == 200);
  CHECK(json::parse(healthy.body) == json{{"status", "ok"}});
  CHECK(healthy.header("Cache-Control") == "no-store");

  // Overwrite the database file with something that is not a database.
  anskaffa::testing::write_file(server.db_path(), std::string(8192, 'x'));
  anskaffa::testing::write_file(server.db_path().string() + "-wal", "");
  const Response broken = client.get("/healthz");
  CHECK(broken.status == 503);
  check_error_shape(broken, "unavailable");
}

TEST_CASE("the form and the units are served to a signed-in user", "[headers]") {
  TestServer server;
  const auto unit = server.add_unit("Påhittsgårdens förskola", "förskola");
  server.add_user("asa@skola.example", "rätt häst batteri");
  const std::string cookie = server.sign_in("asa@skola.example", "rätt häst batteri");
  auto client = server.client();

  const Response units = client.get("/api/v1/units", {{"Cookie", cookie}});
  REQUIRE(units.status == 200);
  CHECK(json::parse(units.body) ==
        json::array(
            {{{"id", unit}, {"name", "Påhittsgårdens förskola"}, {"school_form", "förskola"}}}));

  const Response form = client.get("/api/v1/form", {{"Cookie", cookie}});
  REQUIRE(form.status == 200);
  const json definition = json::parse(form.body);
  CHECK_FALSE(definition.empty());
  const Response english =
      client.get("/api/v1/form", {{"Cookie", cookie}, {"Accept-Language", "en"}});
  CHECK(json::parse(english.body) != definition);  // labels follow the language
}
