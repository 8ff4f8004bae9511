// SPEC 8: what a request must say about its body, refused before the body is read (411, 413,
// 415), and a refused body is never taken for the next request on the connection.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/raw_socket.h"
#include "support/test_server.h"

namespace {

using anskaffa::testing::raw_exchange;
using anskaffa::testing::Response;
using anskaffa::testing::TestServer;
using nlohmann::json;

struct BodyLimitsFixture {
  BodyLimitsFixture() {
    server.add_unit("Exempelskolan");
    server.add_user("asa@skola.example", "rätt häst batteri");
    cookie = server.sign_in("asa@skola.example", "rätt häst batteri");
  }
  TestServer server;
  std::string cookie;
};

std::string limit_error_code(const Response& response) {
  return json::parse(response.body).at("error").at("code").get<std::string>();
}

std::size_t occurrences_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

// The JSON object of exactly size bytes.
std::string object_of_size(std::size_t size) {
  const std::string head = "{\"description\":\"";
  const std::string tail = "\"}";
  return head + std::string(size - head.size() - tail.size(), 'a') + tail;
}

}  // namespace

TEST_CASE("a body that is not JSON is refused with 415", "[bodies]") {
  BodyLimitsFixture f;
  auto client = f.server.client();
  for (const std::string type :
       {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=latin1", "application/jsonp"}) {
    INFO(type);
    const Response response = client.post("/api/v1/validate", "{}", type, {{"Cookie", f.cookie}});
    CHECK(response.status == 415);
    CHECK(limit_error_code(response) == "unsupported_media_type");
  }
  CHECK(
      client
          .post("/api/v1/validate", "{}", "application/json; charset=UTF-8", {{"Cookie", f.cookie}})
          .status == 200);
}

TEST_CASE("a body with any Content-Encoding is refused with 415, never inflated", "[bodies]") {
  BodyLimitsFixture f;
  auto client = f.server.client();
  for (const std::string encoding : {"gzip", "deflate", "br", "identity"}) {
    INFO(encoding);
    const Response response = client.post("/api/v1/validate", "{}", "application/json",
                                          {{"Cookie", f.cookie}, {"Content-Encoding", encoding}});
    CHECK(response.status == 415);
    CHECK(limit_error_code(response) == "unsupported_media_type");
  }
}

TEST_CASE("a JSON body over 1 MiB is refused with 413, and one of exactly 1 MiB is read",
          "[bodies]") {
  BodyLimitsFixture f;
  auto client = f.server.client();
  const std::size_t mib = 1024 * 1024;
  const Response too_large = client.post("/api/v1/validate", object_of_size(mib + 1),
                                         "application/json", {{"Cookie", f.cookie}});
  CHECK(too_large.status == 413);
  CHECK(limit_error_code(too_large) == "payload_too_large");
  CHECK(
      client
          .post("/api/v1/validate", object_of_size(mib), "application/json", {{"Cookie", f.cookie}})
          .status == 200);
}

TEST_CASE("a body without a Content-Length is refused with 411", "[bodies]") {
  BodyLimitsFixture f;
  SECTION("chunked") {
    const auto reply = raw_exchange(f.server.port(),
                                    "POST /api/v1/validate HTTP/1.1\r\n"
                                    "Host: localhost\r\n"
                                    "Content-Type: application/json\r\n"
                                    "Transfer-Encoding: chunked\r\n\r\n"
                                    "2\r\n{}\r\n0\r\n\r\n");
    CHECK(reply.data.starts_with("HTTP/1.1 411"));
    CHECK(reply.closed_by_server);
  }
  SECTION("no length at all") {
    const auto reply = raw_exchange(f.server.port(),
                                    "POST /api/v1/validate HTTP/1.1\r\n"
                                    "Host: localhost\r\n"
                                    "Content-Type: application/json\r\n\r\n"
                                    "{}");
    CHECK(reply.data.starts_with("HTTP/1.1 411"));
    CHECK(reply.closed_by_server);
  }
}

TEST_CASE("a refused body is not parsed as a second request on the kept-alive connection",
          "[bodies]") {
  BodyLimitsFixture f;
  // The body is itself a complete request: if the server read it as one, two answers would
  // come back, the second 200.
  const std::string smuggled = "GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";
  const auto refusal = [&](const std::string& headers) {
    return raw_exchange(f.server.port(),
                        "POST /api/v1/validate HTTP/1.1\r\n"
                        "Host: localhost\r\n"
                        "Connection: keep-alive\r\n" +
                            headers + "Content-Length: " + std::to_string(smuggled.size()) +
                            "\r\n\r\n" + smuggled);
  };
  SECTION("wrong type") {
    const auto reply = refusal("Content-Type: text/plain\r\n");
    CHECK(reply.data.starts_with("HTTP/1.1 415"));
    CHECK(occurrences_of(reply.data, "HTTP/1.1 ") == 1);
    CHECK(reply.data.find("Connection: close") != std::string::npos);
    CHECK(reply.closed_by_server);
  }
  SECTION("an encoding") {
    const auto reply = refusal("Content-Type: application/json\r\nContent-Encoding: gzip\r\n");
    CHECK(reply.data.starts_with("HTTP/1.1 415"));
    CHECK(occurrences_of(reply.data, "HTTP/1.1 ") == 1);
    CHECK(reply.closed_by_server);
  }
  SECTION("a malformed length") {
    const auto reply = raw_exchange(f.server.port(),
                                    "POST /api/v1/validate HTTP/1.1\r\n"
                                    "Host: localhost\r\n"
                                    "Content-Type: application/json\r\n"
                                    "Content-Length: +2\r\n\r\n" +
                                        smuggled);
    CHECK(reply.data.starts_with("HTTP/1.1 400"));
    CHECK(occurrences_of(reply.data, "HTTP/1.1 ") == 1);
    CHECK(reply.closed_by_server);
  }
  SECTION("a length over the limit") {
    const auto reply = raw_exchange(f.server.port(),
                                    "POST /api/v1/validate HTTP/1.1\r\n"
                                    "Host: localhost\r\n"
                                    "Content-Type: application/json\r\n"
                                    "Content-Length: 99999999999\r\n\r\n" +
                                        smuggled);
    CHECK(reply.data.starts_with("HTTP/1.1 413"));
    CHECK(occurrences_of(reply.data, "HTTP/1.1 ") == 1);
    CHECK(reply.closed_by_server);
  }
}

TEST_CASE("an accepted request, or one refused after its body was read, keeps the connection",
          "[bodies]") {
  BodyLimitsFixture f;
  anskaffa::testing::RawConnection connection(f.server.port());
  connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
  CHECK(connection.read_response().starts_with("HTTP/1.1 200"));
  // Read, then refused: not JSON.
  connection.send(
      "POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
      "Content-Length: 5\r\n\r\n[1,2]");
  CHECK(connection.read_response().starts_with("HTTP/1.1 400"));
  connection.send("GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n");
  CHECK(connection.read_response().starts_with("HTTP/1.1 200"));
}
