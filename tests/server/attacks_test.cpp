// Issue 9: attacks on the wire against the running server, each sent as real bytes over a real
// socket. Every test checks the refusal and that nothing changed: no request row, no second
// answer on the connection, no forged log line.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "support/raw_socket.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::raw_exchange;
using anskaffa::testing::RawReply;
using anskaffa::testing::Response;
using anskaffa::testing::TempDir;
using anskaffa::testing::TestServer;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

std::size_t count_of(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

std::string head_of(const std::string& method, const std::string& target, const std::string& cookie,
                    const std::string& headers) {
  return method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\n" +
         headers;
}

// A complete, valid submission as bytes: were it ever read as a request of its own, a row
// would appear.
std::string submission(const std::string& cookie, const json& request) {
  const std::string body = request.dump();
  return head_of("POST", "/api/v1/requests", cookie,
                 "Content-Type: application/json\r\nContent-Length: " +
                     std::to_string(body.size()) + "\r\n\r\n") +
         body;
}

// Standard error (where the request log goes) redirected to a file while it lives.
class StderrCapture {
 public:
  explicit StderrCapture(std::filesystem::path file) : file_(std::move(file)) {
    std::fflush(stderr);
    saved_ = dup(STDERR_FILENO);
    const int fd = open(file_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(fd, STDERR_FILENO);
    close(fd);
  }
  ~StderrCapture() {
    std::fflush(stderr);
    dup2(saved_, STDERR_FILENO);
    close(saved_);
  }
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;

  // What was written so far, once it holds at least lines lines (the server logs an exchange
  // just after answering it), or after 2 s.
  std::string text(std::size_t lines) const {
    std::string text;
    for (int i = 0; i < 200; ++i) {
      text = anskaffa::testing::read_file(file_);
      if (count_of(text, "\n") >= lines) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return text;
  }

 private:
  std::filesystem::path file_;
  int saved_ = -1;
};

}  // namespace

TEST_CASE("a submission refused for its framing or headers stores nothing and ends the connection",
          "[attacks]") {
  WorkflowFixture f;
  const std::string smuggled = submission(f.owner.cookie, f.valid_request(f.unit_a));
  // The smuggled bytes on their own are a submission the server takes.
  REQUIRE(raw_exchange(f.server.port(), smuggled).data.starts_with("HTTP/1.1 201"));
  REQUIRE(f.count("SELECT count(*) FROM requests") == 1);

  const std::string json_type = "Content-Type: application/json\r\n";
  const std::string length = "Content-Length: " + std::to_string(smuggled.size()) + "\r\n";
  std::string many_headers;
  for (int i = 0; i < 70; ++i) many_headers += "X-Pad-" + std::to_string(i) + ": 1\r\n";
  const struct {
    const char* name;
    std::string bytes;
  } attacks[] = {
      {"chunked", head_of("POST", "/api/v1/requests", f.owner.cookie,
                          json_type + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n") +
                      smuggled},
      {"chunked and a length",
       head_of("POST", "/api/v1/requests", f.owner.cookie,
               json_type + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") +
           smuggled},
      {"two lengths", head_of("POST", "/api/v1/requests", f.owner.cookie,
                              json_type + "Content-Length: 0\r\n" + length + "\r\n") +
                          smuggled},
      {"gzip", head_of("POST", "/api/v1/requests", f.owner.cookie,
                       json_type + "Content-Encoding: gzip\r\n" + length + "\r\n") +
                   smuggled},
      {"over 1 MiB", head_of("POST", "/api/v1/requests", f.owner.cookie,
                             json_type + "Content-Length: 2000000\r\n\r\n") +
                         smuggled},
      {"70 header lines", head_of("POST", "/api/v1/requests", f.owner.cookie,
                                  json_type + many_headers + length + "\r\n") +
                              smuggled},
      {"a 9 KiB header line",
       head_of("POST", "/api/v1/requests", f.owner.cookie,
               json_type + "X-Pad: " + std::string(9 * 1024, 'a') + "\r\n" + length + "\r\n") +
           smuggled},
      {"a 9 KiB request line", head_of("POST", "/api/v1/requests?pad=" + std::string(9 * 1024, 'a'),
                                       f.owner.cookie, json_type + length + "\r\n") +
                                   smuggled},
  };
  for (const auto& attack : attacks) {
    INFO(attack.name);
    const RawReply reply = raw_exchange(f.server.port(), attack.bytes);
    INFO(reply.data.substr(0, 200));
    CHECK(reply.data.starts_with("HTTP/1.1 4"));
    CHECK(count_of(reply.data, "HTTP/1.1 ") == 1);
    CHECK(reply.closed_by_server);
    CHECK(f.count("SELECT count(*) FROM requests") == 1);
  }
}

TEST_CASE("a client's REMOTE_ADDR header changes neither the throttle's address nor the log",
          "[attacks]") {
  TestServer server;
  server.add_user("rut@skola.example", "rätt häst batteri");
  TempDir dir;
  StderrCapture log(dir.path() / "log");
  // 50 failures from this address, each claiming another: if the claim counted, no address
  // would reach the limit of 50 and the right password would still sign in.
  for (int i = 0; i < 50; ++i) {
    const std::string claimed = "203.0.113." + std::to_string(i);
    const Response refused = server.client().post(
        "/api/v1/session",
        json{{"email", "okand" + std::to_string(i) + "@skola.example"}, {"password", "fel"}}.dump(),
        "application/json", {{"REMOTE_ADDR", claimed}, {"Remote-Addr", claimed}});
    CHECK(refused.status == 401);
  }
  const Response locked = server.client().post(
      "/api/v1/session",
      json{{"email", "rut@skola.example"}, {"password", "rätt häst batteri"}}.dump(),
      "application/json", {{"REMOTE_ADDR", "198.51.100.1"}});
  CHECK(locked.status == 429);
  const std::string lines = log.text(51);
  CHECK(count_of(lines, " 127.0.0.1 POST /api/v1/session ") == 51);
  CHECK(lines.find("203.0.113.") == std::string::npos);
  CHECK(lines.find("198.51.100.") == std::string::npos);
}

TEST_CASE("CR, LF and invalid UTF-8 from a client reach the log escaped, one line an exchange",
          "[attacks]") {
  TestServer server;
  TempDir dir;
  StderrCapture log(dir.path() / "log");
  const std::string forged = "2026-01-01T00:00:00Z user=1 10.0.0.1 DELETE /api/v1/audit 200 1.0ms";
  const std::string paths[] = {
      "/api/v1/x%0d%0a" + std::string("2026-01-01T00:00:00Z%20user=1%2010.0.0.1%20DELETE%20") +
          "/api/v1/audit%20200%201.0ms",
      "/x%0a" + std::string("2026-01-01T00:00:00Z%20user=1%2010.0.0.1%20DELETE%20") +
          "/api/v1/audit%20200%201.0ms",
      "/api/v1/requests/%ff%fe%00%1b[31m",
  };
  for (const std::string& path : paths) {
    INFO(path);
    const RawReply reply =
        raw_exchange(server.port(), "GET " + path +
                                        " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                                        "X-Forwarded-For: 10.0.0.1%0d%0a" +
                                        forged + "\r\n\r\n");
    CHECK(reply.data.starts_with("HTTP/1.1 4"));
    // The answer is valid JSON, whatever bytes the path held.
    const auto body_at = reply.data.find("\r\n\r\n");
    REQUIRE(body_at != std::string::npos);
    CHECK_FALSE(json::parse(reply.data.substr(body_at + 4), nullptr, false).is_discarded());
  }
  const std::string lines = log.text(3);
  INFO(lines);
  CHECK(count_of(lines, "\n") == 3);
  CHECK(lines.find('\r') == std::string::npos);
  CHECK(lines.find('\x1b') == std::string::npos);
  CHECK_FALSE(lines.starts_with(forged));
  CHECK(lines.find("\n" + forged) == std::string::npos);
  // The forwarded address with a line break in it was not believed: the peer's is logged.
  CHECK(count_of(lines, " 127.0.0.1 GET ") == 3);
  CHECK(count_of(lines, "\\x0d\\x0a2026-01-01T00:00:00Z") == 1);
  CHECK(count_of(lines, "\\x0a2026-01-01T00:00:00Z") == 2);  // a bare LF, too
  CHECK(count_of(lines, "\\xff\\xfe\\x00\\x1b[31m") == 1);
}

TEST_CASE("invalid UTF-8 is refused or answered in valid JSON, and stores nothing", "[attacks]") {
  WorkflowFixture f;
  auto client = f.server.client();
  const auto with_cookie = [&](const std::string& cookie) {
    return anskaffa::testing::with_cookie(cookie);
  };
  std::string body = f.valid_request(f.unit_a).dump();
  const std::string name =
      "Kodkn\xc3\xa4"
      "ckarna";
  REQUIRE(body.find(name) != std::string::npos);
  body.replace(body.find(name), name.size(),
               "Kodkn\xc3\x28"
               "ckarna");  // a broken sequence
  const Response refused =
      client.post("/api/v1/requests", body, "application/json", with_cookie(f.owner.cookie));
  CHECK(refused.status == 400);
  CHECK(f.count("SELECT count(*) FROM requests") == 0);

  const Response sign_in = client.post(
      "/api/v1/session", std::string("{\"email\":\"\xff@skola.example\",\"password\":\"x\"}"));
  CHECK(sign_in.status == 400);

  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  // The same action with valid text is taken: the refusal below is the bytes' doing.
  REQUIRE(f.act_now(f.owner, id, "comment", {{"comment", "Hej"}}).status == 200);
  const std::int64_t events = f.count("SELECT count(*) FROM request_events");
  // A UTF-16 surrogate written as UTF-8: not a character.
  const std::string broken_comment =
      "{\"action\":\"comment\",\"version\":" + std::to_string(f.version(id)) +
      ",\"comment\":\"\xed\xa0\x80\"}";
  CHECK(client
            .post(WorkflowFixture::path(id, "/actions"), broken_comment, "application/json",
                  with_cookie(f.owner.cookie))
            .status == 400);
  CHECK(f.count("SELECT count(*) FROM request_events") == events);

  // A query the list cannot read is named as such, not as a body that is not a JSON object.
  const auto message = [](const Response& response) {
    return json::parse(response.body).at("error").at("message").get<std::string>();
  };
  const Response bad_list =
      client.get("/api/v1/requests?state=%ff", with_cookie(f.reviewer.cookie));
  CHECK(bad_list.status == 400);
  CHECK(message(bad_list) ==
        message(client.get("/api/v1/catalog?q=%ff", with_cookie(f.reviewer.cookie))));

  for (const std::string target :
       {"/api/v1/requests?q=%ff", "/api/v1/requests?state=%ff", "/api/v1/catalog?q=%c3",
        "/api/v1/catalog?q=%ff%fe", "/api/v1/requests/%ff", "/api/v1/%c3%28", "/%ff"}) {
    INFO(target);
    const Response response = client.get(target, with_cookie(f.reviewer.cookie));
    CHECK(response.status > 0);
    CHECK(response.status < 500);
    CHECK_FALSE(json::parse(response.body, nullptr, false).is_discarded());
  }
}

TEST_CASE("deeply nested JSON in a submission or an action is refused and stores nothing",
          "[attacks]") {
  WorkflowFixture f;
  auto client = f.server.client();
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  json request = f.valid_request(f.unit_a);
  std::string body = request.dump();
  body.insert(body.size() - 1, ",\"deep\":" + deep);
  CHECK(client
            .post("/api/v1/requests", body, "application/json",
                  anskaffa::testing::with_cookie(f.owner.cookie))
            .status == 400);
  CHECK(f.count("SELECT count(*) FROM requests") == 0);
  const std::int64_t id = f.submitted(f.owner, request);
  CHECK(client
            .post(WorkflowFixture::path(id, "/actions"),
                  "{\"action\":\"comment\",\"version\":1,\"comment\":" + deep + "}",
                  "application/json", anskaffa::testing::with_cookie(f.owner.cookie))
            .status == 400);
  CHECK(f.count("SELECT count(*) FROM request_events WHERE action = 'comment'") == 0);
  CHECK(client.get("/healthz").status == 200);
}

TEST_CASE("a request refused while its headers are read is logged with the peer's address",
          "[attacks][log]") {
  TestServer server;
  TempDir dir;
  StderrCapture log(dir.path() / "log");
  std::string many_headers;
  for (int i = 0; i < 70; ++i) many_headers += "X-Pad-" + std::to_string(i) + ": 1\r\n";
  const RawReply reply = raw_exchange(
      server.port(), "GET /healthz HTTP/1.1\r\nHost: localhost\r\n" + many_headers + "\r\n");
  CHECK(reply.data.starts_with("HTTP/1.1 400"));
  const std::string lines = log.text(1);
  INFO(lines);
  CHECK(count_of(lines, "\n") == 1);
  CHECK(lines.find(" user=- 127.0.0.1 GET /healthz 400 ") != std::string::npos);
}
