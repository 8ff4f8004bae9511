// What the agreements register's tests share: dates relative to the fixture's today, agreement
// bodies, calls to /api/v1/agreements as a person, catalogue entries put straight in the store,
// and the findings of a 422.
#pragma once

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "server/http/validation_context.h"
#include "server/store/catalog.h"
#include "shared/date.h"
#include "support/catalog_fixture.h"  // error_code_of
#include "support/workflow_fixture.h"

namespace anskaffa::testing {

// YYYY-MM-DD, offset days from the fixture's first day (2026-05-28).
inline std::string day(long offset) {
  const Date today = http::local_date(fixture_now);
  return format_date(date_from_days(days_since_epoch(today) + offset));
}

inline const std::string test_pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n%%EOF\r\n";

inline nlohmann::json dpa_body(const std::string& reference, long from, long until,
                               nlohmann::json catalog_ids = nlohmann::json::array()) {
  nlohmann::json body = {{"kind", "dpa"},           {"supplier_name", "Demokod Sverige AB"},
                         {"reference", reference},  {"signed_on", day(from)},
                         {"valid_from", day(from)}, {"valid_until", day(until)}};
  if (!catalog_ids.empty()) body["catalog_ids"] = std::move(catalog_ids);
  return body;
}

inline Response post_agreement(WorkflowFixture& f, const Person& who, const nlohmann::json& body) {
  return f.server.client().post("/api/v1/agreements", body.dump(), "application/json",
                                with_cookie(who.cookie));
}

// POSTs and returns the new id (REQUIREs the 201).
inline std::int64_t created_agreement(WorkflowFixture& f, const Person& who,
                                      const nlohmann::json& body) {
  const Response response = post_agreement(f, who, body);
  INFO(response.body);
  REQUIRE(response.status == 201);
  return nlohmann::json::parse(response.body).at("id").get<std::int64_t>();
}

inline std::string agreement_path(std::int64_t id, const std::string& rest = "") {
  return "/api/v1/agreements/" + std::to_string(id) + rest;
}

inline Response put_agreement(WorkflowFixture& f, const Person& who, std::int64_t id,
                              const nlohmann::json& body) {
  return f.server.client().put(agreement_path(id), body.dump(), "application/json",
                               with_cookie(who.cookie));
}

inline nlohmann::json agreement_json(WorkflowFixture& f, std::int64_t id) {
  const Response response =
      f.server.client().get(agreement_path(id), with_cookie(f.reviewer.cookie));
  INFO(response.body);
  REQUIRE(response.status == 200);
  return nlohmann::json::parse(response.body);
}

// An approved entry with no agreement, as if decided long ago.
inline std::int64_t add_entry(WorkflowFixture& f, const std::string& name) {
  store::CatalogRecord entry;
  entry.name = name;
  entry.supplier_name = "Demokod Sverige AB";
  entry.status = "approved";
  entry.created_at = fixture_now - 400 * one_day;
  entry.updated_at = entry.created_at;
  auto connection = f.server.database().connect();
  return connection->write_transaction(
      [&] { return store::insert_catalog_entry(*connection, entry); });
}

// Whether a 422's findings hold code on field.
inline bool has_finding(const Response& response, const std::string& field,
                        const std::string& code) {
  if (response.status != 422) return false;
  const auto body = nlohmann::json::parse(response.body);
  for (const auto& finding : body.at("error").value("findings", nlohmann::json::array())) {
    if (finding.at("field") == field && finding.at("code") == code) return true;
  }
  return false;
}

// A usage registration of entry_id for unit_b, submitted by its principal: in_review at once.
inline std::int64_t usage_registration(WorkflowFixture& f, std::int64_t entry_id) {
  nlohmann::json usage = WorkflowFixture::valid_request(f.unit_b);
  usage["catalog_id"] = entry_id;
  usage.erase("supplier_name");
  return f.submitted(f.principal_b, usage);
}

}  // namespace anskaffa::testing
