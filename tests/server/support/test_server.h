// What the server's tests stand on: a fresh temporary folder with a SQLite file and a web
// root, the real HttpServer listening on 127.0.0.1 at an ephemeral port on its own thread,
// and an HTTP client (cpp-httplib's, behind a small interface so that only one test file pays
// for compiling httplib.h).
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "server/http/server.h"
#include "server/store/database.h"

namespace anskaffa::testing {

// A folder under the system's temporary directory, removed with everything in it at the end.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

void write_file(const std::filesystem::path& file, const std::string& content);
std::string read_file(const std::filesystem::path& file);

// Case-insensitive header names, as in HTTP.
struct HeaderLess {
  bool operator()(const std::string& a, const std::string& b) const;
};
using Headers = std::multimap<std::string, std::string, HeaderLess>;

struct Response {
  int status = 0;  // 0: no response (the connection failed)
  Headers headers;
  std::string body;

  std::string header(const std::string& name) const;  // "" when absent
  bool has_header(const std::string& name) const;
  std::size_t header_count(const std::string& name) const;
};

class Client {
 public:
  explicit Client(int port);
  ~Client();
  Client(Client&&) noexcept;

  Response get(const std::string& path, const Headers& headers = {});
  Response del(const std::string& path, const Headers& headers = {});
  Response post(const std::string& path, const std::string& body,
                const std::string& content_type = "application/json", const Headers& headers = {});
  Response put(const std::string& path, const std::string& body,
               const std::string& content_type = "application/json", const Headers& headers = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct ServerOptions {
  bool secure_cookies = false;
  auth::Clock clock = auth::system_now;
  auth::SessionPolicy sessions;
  // E-mail through a relay on 127.0.0.1 at this port (an SmtpReceiver's); none: no e-mail. The
  // outbox is looked at every outbox_interval, so that a test's clock moved past a retry's time
  // is noticed at once.
  std::optional<int> smtp_port;
  std::vector<std::chrono::seconds> mail_retry_delays = {std::chrono::seconds(60),
                                                         std::chrono::seconds(300)};
  std::chrono::milliseconds outbox_interval = std::chrono::milliseconds(20);
  // Fewer than serve's default: many servers run at once, one per test.
  std::size_t worker_threads = 8;
};

class TestServer {
 public:
  explicit TestServer(ServerOptions options = {});
  ~TestServer();

  int port() const { return port_; }
  Client client() const { return Client(port_); }
  store::Database& database() { return *database_; }
  const std::filesystem::path& db_path() const { return db_path_; }
  const std::filesystem::path& web_root() const { return web_root_; }
  const std::filesystem::path& dir() const { return dir_.path(); }
  http::HttpServer& http() { return *server_; }

  // Adds a unit or a user straight through the store (as `unit add`/`user add` would).
  std::int64_t add_unit(const std::string& name, const std::string& school_form = "grundskola");
  std::int64_t add_user(const std::string& email, const std::string& password,
                        const std::vector<std::string>& roles = {"requester"},
                        const std::vector<std::int64_t>& units = {},
                        const std::string& name = "Test Testsson");

  // Signs in over HTTP; the Cookie header value to send afterwards, or "" on failure.
  std::string sign_in(const std::string& email, const std::string& password);

  // Adds a GET route that throws an exception whose text is secret.
  void add_throwing_route(const std::string& path, const std::string& secret);

 private:
  TempDir dir_;
  std::filesystem::path db_path_;
  std::filesystem::path web_root_;
  std::unique_ptr<store::Database> database_;
  std::unique_ptr<http::HttpServer> server_;
  std::thread thread_;
  int port_ = -1;
};

}  // namespace anskaffa::testing
