// POST /api/v1/validate (SPEC 8): the core's assessment, in the server's context.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "server/http/validation_context.h"
#include "shared/assessment.h"
#include "support/test_server.h"

namespace {

using anskaffa::testing::Response;
using anskaffa::testing::ServerOptions;
using anskaffa::testing::TestServer;
using nlohmann::json;

constexpr std::int64_t fixed_now = 1'780'000'000;  // 2026-05-28, mid-day in Europe

json a_request(std::int64_t unit_id) {
  return {
      {"requester_name", "Åsa Lärare"},
      {"requester_email", "asa.larare@skola.example"},
      {"requester_role", "teacher"},
      {"unit_id", unit_id},
      {"resource_name", "Kodknäckarna"},
      {"resource_type", "web_service"},
      {"supplier_name", "Exempelförlaget AB"},
      {"supplier_org_number", "556016-0681"},  // wrong check digit: an error
      {"website_url", "https://kodknackarna.example"},
      {"description", "Programmering i matematik för årskurs 4–6, i par."},
      {"grade_levels", {"y4_6"}},
      {"users", "students"},
      {"user_count", 120},
      {"start_date", "2026-06-01"},  // in under 14 days of the fixed date: a warning
      {"cost_model", "free"},
      {"processes_personal_data", "yes"},
      {"data_categories", {"name", "personal_identity_number"}},  // high risk
      {"protected_identity_students", "no"},
      {"login_method", "google_school"},
      {"data_location", "outside_eu_eea"},  // safeguard missing: an error
      {"principal_name", "Per Rektor"},
      {"principal_email", "per.rektor@skola.example"},
      {"register_holder_name", "Per Rektor"},
      {"register_holder_email", "per.rektor@skola.example"},
      {"training_confirmed", true},
      {"favourite_colour", "blue"},  // unknown field
  };
}

struct ValidateFixture {
  ValidateFixture() : server(options()) {
    unit = server.add_unit("Exempelskolan");
    server.add_unit("Fiktiva gymnasiet", "gymnasieskola");
    server.add_user("asa@skola.example", "rätt häst batteri");
    cookie = server.sign_in("asa@skola.example", "rätt häst batteri");
  }
  static ServerOptions options() {
    ServerOptions o;
    o.clock = [] { return fixed_now; };
    return o;
  }
  Response validate(const std::string& body, const std::string& lang = "sv") {
    return server.client().post("/api/v1/validate", body, "application/json",
                                {{"Cookie", cookie}, {"Accept-Language", lang}});
  }

  TestServer server;
  std::int64_t unit = 0;
  std::string cookie;
};

}  // namespace

TEST_CASE("validation needs a signed-in user", "[validate]") {
  ValidateFixture f;
  const Response response =
      f.server.client().post("/api/v1/validate", a_request(f.unit).dump(), "application/json");
  CHECK(response.status == 401);
  CHECK(json::parse(response.body)["error"]["code"] == "unauthenticated");
}

TEST_CASE("validation answers exactly the core's assessment in the server's context",
          "[validate]") {
  ValidateFixture f;
  for (const auto& [code, lang] :
       {std::pair{"sv", anskaffa::Lang::sv}, std::pair{"en", anskaffa::Lang::en}}) {
    const json body = a_request(f.unit);
    const Response response = f.validate(body.dump(), code);
    REQUIRE(response.status == 200);
    CHECK(response.header("Content-Type").starts_with("application/json"));

    auto connection = f.server.database().connect();
    const auto context = anskaffa::http::validation_context(
        *connection, anskaffa::http::local_date(fixed_now), lang);
    REQUIRE(context.units.size() == 2);
    const json expected = anskaffa::assessment_json(anskaffa::assess(body, context));
    CHECK(json::parse(response.body) == expected);
    // The sample is meant to produce errors, warnings and a high risk: make sure it does, so
    // that the equality above compares something.
    CHECK(expected.at("findings").size() >= 3);
    CHECK(expected.at("risk").at("level") == "high");
  }
}

TEST_CASE("validation of a request for a unit the server does not have finds unknown_unit",
          "[validate]") {
  ValidateFixture f;
  const Response response = f.validate(a_request(9999).dump());
  REQUIRE(response.status == 200);
  const json body = json::parse(response.body);
  bool unknown_unit = false;
  for (const json& finding : body.at("findings")) {
    if (finding.at("field") == "unit_id" && finding.at("code") == "unknown_unit") {
      unknown_unit = true;
    }
  }
  CHECK(unknown_unit);
}

TEST_CASE("a body that is not one JSON object is refused with 400", "[validate][bodies]") {
  ValidateFixture f;
  const std::string invalid_utf8 = "{\"resource_name\": \"K\xc3\x28odkn\"}";
  const std::string deep = std::string(33, '[') + std::string(33, ']');
  const std::string deep_object = [] {
    std::string text;
    for (int i = 0; i < 33; ++i) text += "{\"a\":";
    text += "1";
    for (int i = 0; i < 33; ++i) text += "}";
    return text;
  }();
  for (const std::string& body :
       {std::string("{\"resource_name\": "), std::string("not json"), std::string(""), invalid_utf8,
        std::string("[]"), std::string("\"text\""), std::string("42"), std::string("null"),
        std::string("{} {}"), deep, deep_object}) {
    INFO(body);
    const Response response = f.validate(body);
    CHECK(response.status == 400);
    if (response.status == 400) {
      const json error = json::parse(response.body).at("error");
      CHECK(error.at("code") == "bad_request");
      CHECK_FALSE(error.at("message").get<std::string>().empty());
    }
  }
}

TEST_CASE("a body nested deeper than 32 levels is refused with 400, and 32 levels is read",
          "[validate][bodies]") {
  ValidateFixture f;
  auto nested = [](int depth) {
    // The object itself is level 1; each "x" adds an array level.
    std::string text = "{\"x\":";
    text += std::string(static_cast<std::size_t>(depth - 1), '[');
    text += std::string(static_cast<std::size_t>(depth - 1), ']');
    text += "}";
    return text;
  };
  CHECK(f.validate(nested(32)).status == 200);
  CHECK(f.validate(nested(33)).status == 400);
  CHECK(f.validate(nested(100000)).status == 400);
}
