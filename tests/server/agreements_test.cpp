// SPEC 5 and 8's agreements register through the API: the list (expiring within 90 days first,
// every status), creation with its refusals, the signed PDF, and who may do what.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <vector>

#include "support/agreement_helpers.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::add_entry;
using anskaffa::testing::agreement_json;
using anskaffa::testing::agreement_path;
using anskaffa::testing::created_agreement;
using anskaffa::testing::day;
using anskaffa::testing::dpa_body;
using anskaffa::testing::error_code_of;
using anskaffa::testing::has_finding;
using anskaffa::testing::Person;
using anskaffa::testing::post_agreement;
using anskaffa::testing::put_agreement;
using anskaffa::testing::Response;
using anskaffa::testing::test_pdf;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

json list(WorkflowFixture& f, const std::string& query = "") {
  const Response response =
      f.server.client().get("/api/v1/agreements" + query, with_cookie(f.reviewer.cookie));
  INFO(query << ": " << response.body);
  REQUIRE(response.status == 200);
  return json::parse(response.body);
}

std::vector<std::string> references(const json& page) {
  std::vector<std::string> found;
  for (const json& item : page.at("items"))
    found.push_back(item.at("reference").get<std::string>());
  return found;
}

Response upload(WorkflowFixture& f, const Person& who, std::int64_t id, const std::string& body,
                const std::string& type = "application/pdf",
                const std::string& name = "avtal.pdf") {
  return f.server.client().post(agreement_path(id, "/document?name=" + name), body, type,
                                with_cookie(who.cookie));
}

}  // namespace

TEST_CASE("the register lists agreements expiring within 90 days first, and every status",
          "[agreements]") {
  WorkflowFixture f;
  // Created in an order unlike the register's.
  created_agreement(f, f.reviewer, dpa_body("PUB-LANG", -100, 200));
  created_agreement(f, f.reviewer, dpa_body("PUB-UTGANGET", -400, -5));
  created_agreement(f, f.infosec, dpa_body("PUB-SNART", -300, 10));
  created_agreement(f, f.reviewer, dpa_body("PUB-SENARE", 30, 400));
  const std::int64_t ended = created_agreement(f, f.reviewer, dpa_body("PUB-UPPSAGT", -50, 500));
  REQUIRE(put_agreement(f, f.reviewer, ended, {{"terminated_on", day(0)}}).status == 200);
  created_agreement(f, f.reviewer,
                    {{"kind", "service_agreement"},
                     {"supplier_name", "Atea Sverige AB"},
                     {"reference", "RAM-ATEA"},
                     {"route", "atea"},
                     {"signed_on", day(-10)},
                     {"valid_from", day(-10)},
                     {"valid_until", day(60)}});

  const json page = list(f);
  CHECK(page.at("total") == 6);
  CHECK(page.at("page") == 1);
  CHECK(page.at("per_page") == 50);
  CHECK(references(page) == std::vector<std::string>{"PUB-SNART", "RAM-ATEA", "PUB-LANG",
                                                     "PUB-SENARE", "PUB-UPPSAGT", "PUB-UTGANGET"});
  const json& items = page.at("items");
  CHECK(items[0].at("status") == "expiring");
  CHECK(items[0].at("days_left") == 10);
  CHECK(items[1].at("status") == "expiring");
  CHECK(items[1].at("route") == "atea");
  CHECK(items[1].at("signed_by") == "");
  CHECK(items[2].at("status") == "valid");
  CHECK(items[2].at("days_left") == 200);
  CHECK(items[3].at("status") == "not_yet_valid");
  CHECK(items[4].at("status") == "terminated");
  CHECK(items[4].at("terminated_on") == day(0));
  CHECK(items[5].at("status") == "expired");
  CHECK(items[5].at("days_left") == -5);
  for (const json& item : items) {
    if (item.at("kind") == "dpa") CHECK(item.at("signed_by") == "utbildningsnämnden");
    for (const char* key :
         {"id", "kind", "supplier_name", "reference", "route", "signed_by", "signed_on",
          "valid_from", "valid_until", "terminated_on", "status", "days_left", "entries",
          "has_document", "document_id", "request_id", "case_number"}) {
      INFO(key);
      CHECK(item.contains(key));
    }
  }

  SECTION("expiring_within_days keeps only valid agreements ending that soon") {
    CHECK(references(list(f, "?expiring_within_days=30")) == std::vector<std::string>{"PUB-SNART"});
    CHECK(references(list(f, "?expiring_within_days=90")) ==
          std::vector<std::string>{"PUB-SNART", "RAM-ATEA"});
    CHECK(references(list(f, "?expiring_within_days=365")) ==
          std::vector<std::string>{"PUB-SNART", "RAM-ATEA", "PUB-LANG"});
    CHECK(list(f, "?expiring_within_days=0").at("total") == 0);
    CHECK(references(list(f, "?expiring_within_days=90&kind=service_agreement")) ==
          std::vector<std::string>{"RAM-ATEA"});
  }
  SECTION("kind, text and pages") {
    CHECK(list(f, "?kind=dpa").at("total") == 5);
    CHECK(references(list(f, "?q=atea")) == std::vector<std::string>{"RAM-ATEA"});
    CHECK(references(list(f, "?q=pub-s")) == std::vector<std::string>{"PUB-SNART", "PUB-SENARE"});
    const json second = list(f, "?per_page=2&page=2");
    CHECK(second.at("total") == 6);
    CHECK(references(second) == std::vector<std::string>{"PUB-LANG", "PUB-SENARE"});
    CHECK(list(f, "?per_page=2&page=9").at("items").empty());
  }
  SECTION("search text is never a pattern: % and _ match themselves") {
    created_agreement(f, f.reviewer, dpa_body("PUB_100%", -10, 300));
    CHECK(references(list(f, "?q=%25")) == std::vector<std::string>{"PUB_100%"});
    CHECK(references(list(f, "?q=_")) == std::vector<std::string>{"PUB_100%"});
    CHECK(list(f, "?q=%27%3B%20DROP%20TABLE%20agreements%3B--").at("total") == 0);
    CHECK(f.count("SELECT count(*) FROM agreements") == 7);
  }
  SECTION("parameters it does not understand answer 400") {
    for (const char* query :
         {"?expiring_within_days=-1", "?expiring_within_days=3651", "?expiring_within_days=abc",
          "?expiring_within_days=1.5", "?kind=lease", "?page=0", "?per_page=x", "?q=%FF"}) {
      const Response response = f.server.client().get(std::string("/api/v1/agreements") + query,
                                                      with_cookie(f.reviewer.cookie));
      INFO(query);
      CHECK(response.status == 400);
      CHECK(error_code_of(response) == "bad_request");
    }
  }
}

TEST_CASE("an agreement is created with its resources and PDF, and shown whole", "[agreements]") {
  WorkflowFixture f;
  const std::int64_t first = add_entry(f, "Räknesagor");
  const std::int64_t second = add_entry(f, "Bokstavsbanan");
  const std::int64_t request_id = f.submitted(f.owner, f.valid_request(f.unit_a));
  const Response attached =
      f.server.client().post(f.path(request_id, "/attachments?name=pub.pdf"), test_pdf,
                             "application/pdf", with_cookie(f.owner.cookie));
  REQUIRE(attached.status == 201);
  const std::int64_t attachment_id =
      json::parse(attached.body).at("attachment_id").get<std::int64_t>();

  json body = dpa_body("PUB-2026-042", -1, 729, {first, second});
  body["attachment_id"] = attachment_id;
  const Response created = post_agreement(f, f.infosec, body);
  INFO(created.body);
  REQUIRE(created.status == 201);
  const json answer = json::parse(created.body);
  CHECK(answer.size() == 1);
  const std::int64_t id = answer.at("id").get<std::int64_t>();

  const json view = agreement_json(f, id);
  CHECK(view.at("kind") == "dpa");
  CHECK(view.at("signed_by") == "utbildningsnämnden");
  CHECK(view.at("route").is_null());
  CHECK(view.at("status") == "valid");
  CHECK(view.at("entries") == json::array({{{"id", second}, {"name", "Bokstavsbanan"}},
                                           {{"id", first}, {"name", "Räknesagor"}}}));
  CHECK(view.at("has_document") == true);
  REQUIRE(view.at("documents").size() == 1);
  CHECK(view.at("documents")[0].at("name") == "pub.pdf");
  CHECK(view.at("documents")[0].at("size") == test_pdf.size());
  CHECK(view.at("document_id") == view.at("documents")[0].at("id"));
  REQUIRE(view.at("periods").size() == 1);
  CHECK(view.at("periods")[0].at("valid_until") == day(729));
  CHECK(view.at("periods")[0].at("recorded_by").at("id") == f.infosec.id);

  // The entries now have this DPA, and the agreement owns a copy of the PDF.
  CHECK(f.count("SELECT count(*) FROM catalog_entries WHERE dpa_agreement_id = " +
                std::to_string(id)) == 2);
  CHECK(f.count("SELECT count(*) FROM agreement_entries WHERE agreement_id = " +
                std::to_string(id)) == 2);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'agreement' AND action = 'create'"
                " AND entity_id = " +
                std::to_string(id)) == 1);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE entity = 'catalog_entry'"
                " AND action = 'link_dpa'") == 2);
  const Response download =
      f.server.client().get(agreement_path(id, "/document"), with_cookie(f.reviewer.cookie));
  CHECK(download.status == 200);
  CHECK(download.body == test_pdf);
  CHECK(download.header("Content-Type") == "application/pdf");
  CHECK(download.header("Content-Disposition") == "attachment; filename=\"pub.pdf\"");

  // A service agreement names its route; it has no signatory of the board.
  const std::int64_t service = created_agreement(f, f.reviewer,
                                                 {{"kind", "service_agreement"},
                                                  {"supplier_name", "Demokod Sverige AB"},
                                                  {"reference", "TA-7"},
                                                  {"route", "direct_procurement"},
                                                  {"signed_on", day(0)},
                                                  {"valid_from", day(0)},
                                                  {"valid_until", day(365)},
                                                  {"catalog_ids", {first}}});
  const json service_view = agreement_json(f, service);
  CHECK(service_view.at("route") == "direct_procurement");
  CHECK(service_view.at("has_document") == false);
  CHECK(service_view.at("document_id").is_null());
  CHECK(f.count("SELECT service_agreement_id FROM catalog_entries WHERE id = " +
                std::to_string(first)) == service);

  // A DPA recorded in the workflow shows the request it came from.
  const std::int64_t recorded = f.in_review_with_dpa(f.owner, f.valid_request(f.unit_a));
  const std::int64_t dpa_id =
      f.count("SELECT dpa_agreement_id FROM requests WHERE id = " + std::to_string(recorded));
  const json recorded_view = agreement_json(f, dpa_id);
  CHECK(recorded_view.at("request_id") == recorded);
  CHECK(recorded_view.at("case_number") == f.view(f.reviewer, recorded).at("case_number"));
  CHECK(recorded_view.at("periods").size() == 1);

  const Response unknown =
      f.server.client().get(agreement_path(999999), with_cookie(f.reviewer.cookie));
  CHECK(unknown.status == 404);
  CHECK(error_code_of(unknown) == "not_found");
  CHECK(f.server.client().get("/api/v1/agreements/abc", with_cookie(f.reviewer.cookie)).status ==
        404);
}

TEST_CASE("a new agreement with anything wrong is refused and nothing is written", "[agreements]") {
  WorkflowFixture f;
  const std::int64_t entry = add_entry(f, "Räknesagor");
  const std::int64_t agreements = f.count("SELECT count(*) FROM agreements");
  const std::int64_t audit_rows = f.count("SELECT count(*) FROM audit_log");
  const json good = dpa_body("PUB-1", 0, 365, {entry});
  const auto refused = [&](json body) { return post_agreement(f, f.reviewer, body); };
  const auto with = [&](const char* key, json value) {
    json body = good;
    body[key] = std::move(value);
    return body;
  };
  const auto without = [&](const char* key) {
    json body = good;
    body.erase(key);
    return body;
  };

  // The board signs every DPA: a signatory in the body is a field a client may not set.
  CHECK(has_finding(refused(with("signed_by", "Exempelskolan")), "signed_by", "unknown_field"));
  CHECK(has_finding(refused(with("status", "valid")), "status", "unknown_field"));
  CHECK(has_finding(refused(with("reference", 42)), "reference", "wrong_type"));
  CHECK(has_finding(refused(with("catalog_ids", "1")), "catalog_ids", "wrong_type"));
  CHECK(has_finding(refused(with("catalog_ids", {1, "2"})), "catalog_ids", "wrong_type"));
  CHECK(has_finding(refused(with("attachment_id", "7")), "attachment_id", "wrong_type"));
  CHECK(has_finding(refused(with("kind", "lease")), "kind", "invalid_value"));
  CHECK(has_finding(refused(without("kind")), "kind", "required"));
  CHECK(has_finding(refused(without("reference")), "reference", "required"));
  CHECK(has_finding(refused(with("supplier_name", "  ")), "supplier_name", "required"));
  CHECK(has_finding(refused(without("valid_until")), "valid_until", "required"));
  CHECK(has_finding(refused(with("signed_on", "2026-02-30")), "signed_on", "invalid_date"));
  CHECK(has_finding(refused(with("valid_from", "28/5/2026")), "valid_from", "invalid_date"));
  CHECK(has_finding(refused(with("valid_until", day(-1))), "valid_until", "dates_out_of_order"));
  CHECK(has_finding(refused(with("route", "atea")), "route", "route_not_for_dpa"));
  CHECK(has_finding(refused(with("catalog_ids", {entry, 999999})), "catalog_ids",
                    "catalog_entry_not_found"));
  CHECK(has_finding(refused(with("attachment_id", 999999)), "attachment_id", "unknown_attachment"));
  json service = with("kind", "service_agreement");
  CHECK(has_finding(refused(service), "route", "required"));
  service["route"] = "ikea";
  CHECK(has_finding(refused(service), "route", "invalid_value"));

  const Response english =
      f.server.client().post("/api/v1/agreements", with("kind", "lease").dump(), "application/json",
                             with_cookie(f.reviewer.cookie, {{"Accept-Language", "en"}}));
  CHECK(english.status == 422);
  CHECK(json::parse(english.body).at("error").at("code") == "invalid_request");
  CHECK(json::parse(english.body).at("error").at("findings")[0].at("message") ==
        "Kind of agreement: the value is not one of those allowed.");

  for (const char* body : {"[]", "{", "\"dpa\"", ""}) {
    const Response response = f.server.client().post("/api/v1/agreements", body, "application/json",
                                                     with_cookie(f.reviewer.cookie));
    INFO(body);
    CHECK(response.status == 400);
  }
  CHECK(f.count("SELECT count(*) FROM agreements") == agreements);
  CHECK(f.count("SELECT count(*) FROM audit_log") == audit_rows);
  CHECK(f.count("SELECT count(*) FROM catalog_entries WHERE dpa_agreement_id IS NOT NULL") == 0);
}

TEST_CASE("the signed PDF uploads to an agreement and the newest downloads", "[agreements]") {
  WorkflowFixture f;
  const std::int64_t id = created_agreement(f, f.reviewer, dpa_body("PUB-9", 0, 365));
  CHECK(f.server.client()
            .get(agreement_path(id, "/document"), with_cookie(f.reviewer.cookie))
            .status == 404);

  const Response first = upload(f, f.infosec, id, test_pdf);
  INFO(first.body);
  REQUIRE(first.status == 201);
  const std::string newer = "%PDF-1.4\nandra versionen\n%%EOF";
  const Response second =
      upload(f, f.reviewer, id, newer, "application/pdf", "..%2F..%2Fetc%2Fpasswd%0D%0Ax");
  REQUIRE(second.status == 201);
  const std::int64_t document_id = json::parse(second.body).at("document_id").get<std::int64_t>();

  const Response download =
      f.server.client().get(agreement_path(id, "/document"), with_cookie(f.infosec.cookie));
  CHECK(download.status == 200);
  CHECK(download.body == newer);
  CHECK(download.header("Content-Type") == "application/pdf");
  // The name is a label: kept as given, never a path in the download.
  CHECK(download.header("Content-Disposition") ==
        "attachment; filename=\"______etc_passwd__x.pdf\"");
  const json view = agreement_json(f, id);
  CHECK(view.at("document_id") == document_id);
  REQUIRE(view.at("documents").size() == 2);
  CHECK(view.at("documents")[0].at("name") == "../../etc/passwd\r\nx");

  CHECK(upload(f, f.reviewer, id, "%PDF-1.4 but no end").status == 415);
  CHECK(upload(f, f.reviewer, id, "MZ\x90 %%EOF").status == 415);
  CHECK(upload(f, f.reviewer, id, "").status == 415);
  CHECK(upload(f, f.reviewer, id, test_pdf, "application/json").status == 415);
  CHECK(upload(f, f.reviewer, id, test_pdf, "text/plain").status == 415);
  const std::string big = "%PDF-1.4\n" + std::string(10 * 1024 * 1024, 'x') + "%%EOF";
  CHECK(upload(f, f.reviewer, id, big).status == 413);
  const std::string fits = "%PDF-1.4\n" + std::string(2 * 1024 * 1024, 'x') + "%%EOF";
  CHECK(upload(f, f.reviewer, id, fits).status == 201);
  CHECK(upload(f, f.reviewer, 999999, test_pdf).status == 404);
  CHECK(f.count("SELECT count(*) FROM agreement_documents") == 3);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE action = 'attach_document'") == 3);
}

TEST_CASE("only reviewers and security coordinators use the register", "[agreements][access]") {
  WorkflowFixture f;
  const std::int64_t id = created_agreement(f, f.reviewer, dpa_body("PUB-1", 0, 365));
  REQUIRE(upload(f, f.reviewer, id, test_pdf).status == 201);
  const Person anonymous;
  struct Case {
    const Person* who;
    const char* name;
    bool allowed;
  };
  const Case cases[] = {
      {&anonymous, "anonymous", false},
      {&f.owner, "requester", false},
      {&f.other, "another requester", false},
      {&f.principal_a, "principal", false},
      {&f.principal_b, "another principal", false},
      {&f.reviewer, "reviewer", true},
      {&f.infosec, "infosec", true},
      {&f.admin, "admin", false},
      {&f.dual, "requester+reviewer", true},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    const auto headers = with_cookie(c.who->cookie);
    auto client = f.server.client();
    const int refused = c.who->cookie.empty() ? 401 : 403;
    const auto expect = [&](const Response& response, int allowed_status) {
      INFO(response.body);
      CHECK(response.status == (c.allowed ? allowed_status : refused));
    };
    expect(client.get("/api/v1/agreements", headers), 200);
    expect(client.get("/api/v1/agreements?expiring_within_days=90", headers), 200);
    expect(client.get(agreement_path(id), headers), 200);
    expect(client.post("/api/v1/agreements", dpa_body(std::string("PUB-") + c.name, 0, 365).dump(),
                       "application/json", headers),
           201);
    expect(
        client.put(agreement_path(id), json{{"reference", std::string("PUB-1-") + c.name}}.dump(),
                   "application/json", headers),
        200);
    expect(client.post(agreement_path(id, "/document?name=a.pdf"), test_pdf, "application/pdf",
                       headers),
           201);
    expect(client.get(agreement_path(id, "/document"), headers), 200);
    // A refusal for access comes before any look at the body or the id.
    if (!c.allowed) {
      CHECK(client.post("/api/v1/agreements", "[]", "application/json", headers).status == refused);
      CHECK(client.get(agreement_path(999999), headers).status == refused);
    }
  }
  // Those refused wrote nothing.
  CHECK(f.count("SELECT count(*) FROM agreements WHERE reference IN"
                " ('PUB-anonymous', 'PUB-requester', 'PUB-another requester', 'PUB-principal',"
                " 'PUB-another principal', 'PUB-admin')") == 0);
  CHECK(f.count("SELECT count(*) FROM agreements WHERE reference LIKE 'PUB-%'") == 4);
}
