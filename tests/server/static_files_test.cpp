// The app's files from --web-root: the right types, the shell never stale, and nothing outside
// the root, however the path is spelled.
#include <catch2/catch.hpp>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "support/raw_socket.h"
#include "support/test_server.h"

namespace {

using anskaffa::testing::raw_exchange;
using anskaffa::testing::Response;
using anskaffa::testing::TestServer;
using anskaffa::testing::write_file;
namespace fs = std::filesystem;

const std::string secret = "SECRET-OUTSIDE-THE-WEB-ROOT";

struct Fixture {
  Fixture() {
    const fs::path root = server.web_root();
    write_file(root / "index.html", "<!doctype html><title>Anskaffa</title>");
    write_file(root / "sw.js", "self.addEventListener('fetch', () => {});");
    write_file(root / "app.js", "console.log(1);");
    write_file(root / "app.wasm", std::string("\0asm\1\0\0\0", 8));
    write_file(root / "fonts" / "NotoSans.ttf", "ttf");
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
  Fixture f;
  const Response response = f.server.client().get("/");
  REQUIRE(response.status == 200);
  CHECK(response.body == "<!doctype html><title>Anskaffa</title>");
  CHECK(response.header("Content-Type") == "text/html; charset=utf-8");
  CHECK(response.header("Cache-Control") == "no-cache");
  CHECK(f.server.client().get("/index.html").header("Cache-Control") == "no-cache");
  CHECK(f.server.client().get("/sw.js").header("Cache-Control") == "no-cache");
}

TEST_CASE("the app's files are served with their MIME types", "[static]") {
  Fixture f;
  auto client = f.server.client();
  const std::pair<std::string, std::string> expected[] = {
      {"/app.js", "text/javascript; charset=utf-8"},
      {"/sw.js", "text/javascript; charset=utf-8"},
      {"/app.wasm", "application/wasm"},
      {"/fonts/NotoSans.ttf", "font/ttf"},
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
  Fixture f;
  for (const std::string path : {"/missing.js", "/fonts/", "/empty-dir", "/empty-dir/"}) {
    INFO(path);
    const Response response = f.server.client().get(path);
    CHECK(response.status == 404);
    const auto body = nlohmann::json::parse(response.body);
    CHECK(body["error"]["code"] == "not_found");
  }
}

TEST_CASE("no spelling of a path reaches a file outside the web root", "[static]") {
  Fixture f;
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
