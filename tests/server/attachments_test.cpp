// SPEC 8's attachments: PDFs only, 10 MiB at most, kept with size and SHA-256, downloaded as an
// attachment with a sanitised name.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/raw_socket.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

const std::string pdf = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n%%EOF\r\n";

}  // namespace

TEST_CASE("a PDF uploads to a request and downloads as an attachment", "[attachments]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  auto client = f.server.client();
  const Response uploaded =
      client.post(f.path(id, "/attachments?name=..%2F..%2Fetc%2Fpasswd%0D%0Avtal%20%C3%A5.pdf"),
                  pdf, "application/pdf", with_cookie(f.owner.cookie));
  INFO(uploaded.body);
  REQUIRE(uploaded.status == 201);
  const std::int64_t aid = json::parse(uploaded.body).at("attachment_id").get<std::int64_t>();

  const Response download =
      client.get(f.path(id, "/attachments/" + std::to_string(aid)), with_cookie(f.reviewer.cookie));
  REQUIRE(download.status == 200);
  CHECK(download.body == pdf);
  CHECK(download.header("Content-Type") == "application/pdf");
  const std::string disposition = download.header("Content-Disposition");
  CHECK(disposition.starts_with("attachment; filename=\""));
  CHECK(disposition.find('/') == std::string::npos);
  CHECK(disposition.find('\r') == std::string::npos);
  CHECK(disposition.find("..") == std::string::npos);

  const json view = f.view(f.owner, id);
  REQUIRE(view.at("attachments").size() == 1);
  const json& listed = view.at("attachments")[0];
  CHECK(listed.at("name") == "../../etc/passwd\r\nvtal å.pdf");  // kept as a label only
  CHECK(listed.at("size") == pdf.size());
  CHECK(listed.at("sha256").get<std::string>().size() == 64);
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE action = 'attach'") == 1);
}

TEST_CASE("what is not a PDF is refused 415 and stored nowhere", "[attachments]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  auto client = f.server.client();
  const auto upload = [&](const std::string& body, const std::string& type) {
    return client.post(f.path(id, "/attachments?name=x.pdf"), body, type,
                       with_cookie(f.owner.cookie));
  };
  CHECK(upload("%PDF-1.4 but no end", "application/pdf").status == 415);
  CHECK(upload("MZ\x90\x00 %%EOF", "application/pdf").status == 415);
  CHECK(upload("", "application/pdf").status == 415);
  const Response json_type = upload(pdf, "application/json");
  CHECK(json_type.status == 415);
  CHECK(json::parse(json_type.body).at("error").at("code") == "unsupported_media_type");
  CHECK(upload(pdf, "text/plain").status == 415);
  CHECK(f.count("SELECT count(*) FROM attachments") == 0);
}

TEST_CASE("a PDF over 10 MiB is refused 413, and one without a length 411", "[attachments]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  std::string big = "%PDF-1.4\n" + std::string(10 * 1024 * 1024, 'x') + "%%EOF";
  const Response too_big = f.server.client().post(f.path(id, "/attachments"), big,
                                                  "application/pdf", with_cookie(f.owner.cookie));
  CHECK(too_big.status == 413);
  // Just under the limit is fine, and a JSON body of that size would not be.
  std::string fits = "%PDF-1.4\n" + std::string(2 * 1024 * 1024, 'x') + "%%EOF";
  CHECK(f.server.client()
            .post(f.path(id, "/attachments"), fits, "application/pdf", with_cookie(f.owner.cookie))
            .status == 201);
  const std::string chunked = "POST " + f.path(id, "/attachments") +
                              " HTTP/1.1\r\nHost: x\r\nCookie: " + f.owner.cookie +
                              "\r\nContent-Type: application/pdf\r\nTransfer-Encoding: chunked"
                              "\r\n\r\n5\r\n%PDF-\r\n0\r\n\r\n";
  const auto reply = anskaffa::testing::raw_exchange(f.server.port(), chunked);
  CHECK(reply.data.starts_with("HTTP/1.1 411"));
  CHECK(f.count("SELECT count(*) FROM attachments") == 1);
}

TEST_CASE("an attachment of another request is not found through this one", "[attachments]") {
  WorkflowFixture f;
  const std::int64_t mine = f.submitted(f.owner, f.valid_request(f.unit_a));
  const std::int64_t theirs = f.submitted(f.other, f.valid_request(f.unit_b));
  auto client = f.server.client();
  const Response uploaded = client.post(f.path(theirs, "/attachments"), pdf, "application/pdf",
                                        with_cookie(f.other.cookie));
  REQUIRE(uploaded.status == 201);
  const std::string aid =
      std::to_string(json::parse(uploaded.body).at("attachment_id").get<std::int64_t>());
  CHECK(client.get(f.path(mine, "/attachments/" + aid), with_cookie(f.owner.cookie)).status == 404);
  CHECK(client.get(f.path(theirs, "/attachments/" + aid), with_cookie(f.owner.cookie)).status ==
        404);
  CHECK(client.get(f.path(mine, "/attachments/999"), with_cookie(f.owner.cookie)).status == 404);
}

TEST_CASE("record_dpa keeps the signed PDF of this request with the agreement", "[attachments]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  const std::int64_t other = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "require_dpa").status == 200);
  auto client = f.server.client();
  const auto upload = [&](std::int64_t to) {
    const Response r = client.post(f.path(to, "/attachments?name=pub.pdf"), pdf, "application/pdf",
                                   with_cookie(f.infosec.cookie));
    REQUIRE(r.status == 201);
    return json::parse(r.body).at("attachment_id").get<std::int64_t>();
  };
  const json dates = {{"reference", "PUB-2026-020"},
                      {"signed_on", "2026-05-20"},
                      {"valid_from", "2026-05-20"},
                      {"valid_until", "2028-05-19"}};
  json foreign = dates;
  foreign["attachment_id"] = upload(other);
  const Response refused = f.act_now(f.infosec, id, "record_dpa", foreign);
  CHECK(refused.status == 422);
  json own = dates;
  own["attachment_id"] = upload(id);
  REQUIRE(f.act_now(f.infosec, id, "record_dpa", own).status == 200);
  CHECK(f.count("SELECT attachment_id FROM agreements") == own.at("attachment_id"));
}
