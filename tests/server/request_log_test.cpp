// The request log: one line per exchange, and nothing a client sends can break a line.
#include <catch2/catch.hpp>

#include "server/http/request_log.h"

using anskaffa::http::escape_for_log;

TEST_CASE("what a client sends is escaped in the log: CR, LF and control characters", "[log]") {
  CHECK(escape_for_log("/api/v1/session") == "/api/v1/session");
  CHECK(escape_for_log("/x\r\n127.0.0.1 GET /admin 200") == "/x\\x0d\\x0a127.0.0.1 GET /admin 200");
  CHECK(escape_for_log(std::string("a\0b", 3)) == "a\\x00b");
  CHECK(escape_for_log("\x1b[31mred") == "\\x1b[31mred");
  CHECK(escape_for_log("back\\slash") == "back\\\\slash");
  CHECK(escape_for_log("f\xc3\xb6rskola") == "f\\xc3\\xb6rskola");
}

TEST_CASE("a log line holds peer, method, path, status and time, and ends in one newline",
          "[log]") {
  const std::string line =
      anskaffa::http::request_log_line("127.0.0.1", "GET", "/evil\r\nforged line", 404, 1.5);
  CHECK(line.find(" 127.0.0.1 GET /evil\\x0d\\x0aforged line 404 1.5ms\n") != std::string::npos);
  CHECK(line.find('\n') == line.size() - 1);
  CHECK(line.find('\r') == std::string::npos);
}

TEST_CASE("the log names the route rather than the ids in it, and the signed-in user", "[log]") {
  using anskaffa::http::route_pattern;
  CHECK(route_pattern("/api/v1/requests/12/attachments/3") ==
        "/api/v1/requests/:id/attachments/:id");
  CHECK(route_pattern("/api/v1/requests") == "/api/v1/requests");
  CHECK(route_pattern("/app.1234.js") == "/app.1234.js");
  const std::string line =
      anskaffa::http::request_log_line("127.0.0.1", "PUT", "/api/v1/requests/:id", 200, 2.0, 42);
  CHECK(line.find(" user=42 127.0.0.1 PUT /api/v1/requests/:id 200 2.0ms\n") != std::string::npos);
  CHECK(anskaffa::http::request_log_line("::1", "GET", "/", 200, 1.0).find(" user=- ") !=
        std::string::npos);
}
