#include "support/catalog_fixture.h"

#include <catch2/catch.hpp>

namespace anskaffa::testing {

using nlohmann::json;

std::int64_t CatalogFixture::approved(const json& fields, std::int64_t unit_id) {
  const std::int64_t unit = unit_id == 0 ? unit_a : unit_id;
  json request = request_without_personal_data(unit);
  request.update(fields);
  const Person& principal = unit == unit_a ? principal_a : principal_b;
  const std::int64_t id = submitted(principal, request);
  const Response response = act_now(reviewer, id, "approve");
  INFO(response.body);
  REQUIRE(response.status == 200);
  return view(reviewer, id).at("catalog_id").get<std::int64_t>();
}

std::int64_t CatalogFixture::approved_with_dpa(const json& fields) {
  json request = valid_request(unit_a);
  request.update(fields);
  const std::int64_t id = in_review_with_dpa(owner, request);
  const Response response = act_now(reviewer, id, "approve");
  INFO(response.body);
  REQUIRE(response.status == 200);
  return view(reviewer, id).at("catalog_id").get<std::int64_t>();
}

Response CatalogFixture::get_as(const Person& who, const std::string& path) {
  return server.client().get(path, with_cookie(who.cookie));
}

Response CatalogFixture::put_as(const Person& who, const std::string& path, const json& body) {
  return server.client().put(path, body.dump(), "application/json", with_cookie(who.cookie));
}

json CatalogFixture::read(const std::string& path) {
  const Response response = get_as(reviewer, path);
  INFO(path << ": " << response.body);
  REQUIRE(response.status == 200);
  return json::parse(response.body);
}

std::string CatalogFixture::entry_path(std::int64_t id, const std::string& rest) {
  return "/api/v1/catalog/" + std::to_string(id) + rest;
}

std::string CatalogFixture::usage_path(std::int64_t id, std::int64_t unit_id) {
  return entry_path(id, "/units/" + std::to_string(unit_id));
}

std::string error_code_of(const Response& response) {
  INFO(response.status << " " << response.body);
  const json body = json::parse(response.body, nullptr, false);
  if (!body.is_object() || !body.contains("error")) return "";
  return body.at("error").value("code", "");
}

}  // namespace anskaffa::testing
