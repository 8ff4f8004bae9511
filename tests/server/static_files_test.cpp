// The app's files from --web-root: the right types, the shell never stale, and nothing outside
// the root, however the path is spelled.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <tuple>

#include "support/raw_socket.h"
#include "support/test_server.h"

namespace {

using anskaffa::testing::raw_exchange;
using anskaffa::testing::Response;
using anskaffa::testing::TestServer;
using anskaffa::testing::write_file;
namespace fs = std::filesystem;

const std::string secret = "SECRET-OUTSIDE-THE-WEB-ROOT";

struct StaticFilesFixture {
  StaticFilesFixture() {
    const fs::path root = server.web_root();
    write_file(root / "index.html", "<!doctype html><title>Anskaffa</title>");
    write_file(root / "sw.js", "self.addEventListener('fetch', () => {});");
    write_file(root / "app.js", "console.log(1);");
    write_file(root / "app.wasm", std::string("\0asm\1\0\0\0", 8));
    write_file(root / "fonts" / "NotoSans.ttf", "ttf");
    write_file(root / "fonts" / "OpenDyslexic.otf", "otf");
    write_file(root / "texts.json", "{}");
    write_file(root / "style.css", "body{}");
    write_file(root / "logo.svg", "<svg/>");
    write_file(root / "icon.png", "png");
    write_file(root / "favicon.ico", "ico");
    write_file(root / ".hidden", secret);
    write_file(server.dir() / "secret.txt", secret);
    fs::create_directories(server.dir() / "outside");
    write_file(server.dir() / "outside" / "secret.txt", secret);
    fs::create_symlink(server.dir() / "outside", root / "linked-dir");
    fs::create_symlink(server.dir() / "secret.txt", root / "linked-file.txt");
    fs::create_directories(root / "empty-dir");
  }
  TestServer server;
};

}  // namespace

TEST_CASE("/ serves index.html as HTML that is always revalidated", "[static]") {
  StaticFilesFixture f;
  const Response response = f.server.client().get("/");
  REQUIRE(response.status == 200);
  CHECK(response.body == "<!doctype html><title>Anskaffa</title>");
  CHECK(response.header("Content-Type") == "text/html; charset=utf-8");
  CHECK(response.header("Cache-Control") == "no-cache");
  CHECK(f.server.client().get("/index.html").header("Cache-Control") == "no-cache");
  CHECK(f.server.client().get("/sw.js").header("Cache-Control") == "no-cache");
}

TEST_CASE("the app's files are served with their MIME types", "[static]") {
  StaticFilesFixture f;
  auto client = f.server.client();
  const std::pair<std::string, std::string> expected[] = {
      {"/app.js", "text/javascript; charset=utf-8"},
      {"/sw.js", "text/javascript; charset=utf-8"},
      {"/app.wasm", "application/wasm"},
      {"/fonts/NotoSans.ttf", "font/ttf"},
      {"/fonts/OpenDyslexic.otf", "font/otf"},
      {"/texts.json", "application/json"},
      {"/style.css", "text/css; charset=utf-8"},
      {"/logo.svg", "image/svg+xml"},
      {"/icon.png", "image/png"},
      {"/favicon.ico", "image/x-icon"},
  };
  for (const auto& [path, type] : expected) {
    INFO(path);
    const Response response = client.get(path);
    CHECK(response.status == 200);
    CHECK(response.header("Content-Type") == type);
  }
  CHECK(client.get("/app.wasm").body == std::string("\0asm\1\0\0\0", 8));
}

TEST_CASE("an unknown path is a 404 in the error shape", "[static]") {
  StaticFilesFixture f;
  for (const std::string path : {"/missing.js", "/fonts/", "/empty-dir", "/empty-dir/"}) {
    INFO(path);
    const Response response = f.server.client().get(path);
    CHECK(response.status == 404);
    const auto body = nlohmann::json::parse(response.body);
    CHECK(body["error"]["code"] == "not_found");
  }
}

TEST_CASE("no spelling of a path reaches a file outside the web root", "[static]") {
  StaticFilesFixture f;
  for (const std::string path :
       {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/fonts/../../secret.txt",
        "/fonts/%2e%2e/%2e%2e/secret.txt", "/..%2f..%2fsecret.txt", "/..%5csecret.txt",
        "/.%2e/secret.txt", "//etc/passwd", "/%2fetc%2fpasswd", "/linked-dir/secret.txt",
        "/linked-file.txt", "/.hidden", "/%2ehidden", "/index.html%00.js", "/./index.html"}) {
    INFO(path);
    const auto reply =
        raw_exchange(f.server.port(),
                     "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    const bool refused =
        reply.data.starts_with("HTTP/1.1 404") || reply.data.starts_with("HTTP/1.1 400");
    CHECK(refused);
    CHECK(reply.data.find(secret) == std::string::npos);
    CHECK(reply.data.find("root:") == std::string::npos);
  }
}

namespace {

// GET over a plain socket, the answer parsed into status, headers and body: the tests' HTTP
// client refuses a Content-Encoding it cannot decode, and these bodies are sent encoded.
Response get_encoded(const TestServer& server, const std::string& path,
                     const std::string& accept_encoding) {
  std::string request = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n";
  if (!accept_encoding.empty()) request += "Accept-Encoding: " + accept_encoding + "\r\n";
  const std::string reply = raw_exchange(server.port(), request + "\r\n").data;
  Response response;
  const auto head_end = reply.find("\r\n\r\n");
  if (!reply.starts_with("HTTP/1.1 ") || head_end == std::string::npos) return response;
  response.status = std::stoi(reply.substr(9, 3));
  response.body = reply.substr(head_end + 4);
  std::size_t line = reply.find("\r\n") + 2;
  while (line < head_end) {
    const auto end = reply.find("\r\n", line);
    const auto colon = reply.find(':', line);
    if (colon < end) {
      const auto value = reply.find_first_not_of(' ', colon + 1);
      response.headers.emplace(reply.substr(line, colon - line), reply.substr(value, end - value));
    }
    line = end + 2;
  }
  return response;
}

// Writes a compressed copy beside a file, newer than it, as the build does (a second later:
// file times are coarser than the time it takes to write two files).
void write_copy(const fs::path& file, const std::string& suffix, const std::string& content) {
  fs::path copy = file;
  copy += suffix;
  write_file(copy, content);
  fs::last_write_time(copy, fs::last_write_time(file) + std::chrono::seconds(1));
}

// app.js with a brotli and a gzip copy, and index.html with a brotli copy. The copies' bytes
// are stand-ins: the server sends them as they are, never decoding them.
struct CompressedFixture {
  CompressedFixture() {
    const fs::path root = server.web_root();
    write_file(root / "app.js", "console.log(1);");
    write_copy(root / "app.js", ".br", "BROTLI");
    write_copy(root / "app.js", ".gz", "GZIP");
    write_file(root / "index.html", "<!doctype html><title>Anskaffa</title>");
    write_copy(root / "index.html", ".br", "BROTLI-INDEX");
    write_file(root / "plain.css", "body{}");
  }
  TestServer server;
};

}  // namespace

TEST_CASE("a file is sent as its brotli or gzip copy when the client takes that encoding",
          "[static]") {
  CompressedFixture f;
  const std::tuple<std::string, std::string, std::string> cases[] = {
      {"gzip, deflate, br", "br", "BROTLI"},
      {"BR", "br", "BROTLI"},
      {"gzip", "gzip", "GZIP"},
      {"br;q=0, gzip;q=0.5", "gzip", "GZIP"},
      {"br;q=0.0, gzip;q=0", "", "console.log(1);"},
      {"deflate", "", "console.log(1);"},
      {"", "", "console.log(1);"},
  };
  for (const auto& [accept, encoding, body] : cases) {
    INFO("Accept-Encoding: " << accept);
    const Response response = get_encoded(f.server, "/app.js", accept);
    REQUIRE(response.status == 200);
    CHECK(response.body == body);
    CHECK(response.header("Content-Encoding") == encoding);
    CHECK(response.header("Content-Type") == "text/javascript; charset=utf-8");
    CHECK(response.header("Vary") == "Accept-Encoding");
  }
}

TEST_CASE("a compressed shell file keeps its revalidation", "[static]") {
  CompressedFixture f;
  const Response response = get_encoded(f.server, "/", "br");
  REQUIRE(response.status == 200);
  CHECK(response.body == "BROTLI-INDEX");
  CHECK(response.header("Content-Encoding") == "br");
  CHECK(response.header("Content-Type") == "text/html; charset=utf-8");
  CHECK(response.header("Cache-Control") == "no-cache");
}

TEST_CASE("a file without copies is sent as it is, with no Vary", "[static]") {
  CompressedFixture f;
  const Response response = get_encoded(f.server, "/plain.css", "br, gzip");
  REQUIRE(response.status == 200);
  CHECK(response.body == "body{}");
  CHECK_FALSE(response.has_header("Content-Encoding"));
  CHECK_FALSE(response.has_header("Vary"));
}

TEST_CASE("a copy not newer than its file is never sent for it", "[static]") {
  CompressedFixture f;
  const fs::path root = f.server.web_root();
  SECTION("the file edited after the build: its copies hold the earlier version") {
    fs::last_write_time(root / "app.js",
                        fs::last_write_time(root / "app.js.br") + std::chrono::seconds(5));
  }
  SECTION("the file and its copies of the same time, as a quick copy of the site leaves them") {
    for (const char* name : {"app.js.br", "app.js.gz"}) {
      fs::last_write_time(root / name, fs::last_write_time(root / "app.js"));
    }
  }
  const Response response = get_encoded(f.server, "/app.js", "br, gzip");
  REQUIRE(response.status == 200);
  CHECK(response.body == "console.log(1);");
  CHECK_FALSE(response.has_header("Content-Encoding"));
}

TEST_CASE("a copy that leads outside the web root is never sent", "[static]") {
  CompressedFixture f;
  const fs::path root = f.server.web_root();
  write_file(root / "other.js", "let a;");
  write_file(f.server.dir() / "secret.txt", secret);
  fs::last_write_time(f.server.dir() / "secret.txt",
                      fs::last_write_time(root / "other.js") + std::chrono::seconds(1));
  fs::create_symlink(f.server.dir() / "secret.txt", root / "other.js.br");
  const Response response = get_encoded(f.server, "/other.js", "br");
  REQUIRE(response.status == 200);
  CHECK(response.body == "let a;");
  CHECK_FALSE(response.has_header("Content-Encoding"));
}
