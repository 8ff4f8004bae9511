// The HTTP server: cpp-httplib with Anskaffa's limits, headers, error answers, request log and
// routes. serve (cli/serve.cpp) and the tests both run it through this class.
#pragma once

#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "server/auth/sessions.h"
#include "server/mail/outbox_sender.h"
#include "server/store/database.h"
#include "server/workflow/reminders.h"

namespace httplib {
class Server;
}

namespace anskaffa::http {

using namespace std::chrono_literals;

struct ServerConfig {
  std::filesystem::path web_root;  // the app's files; must exist
  bool secure_cookies = false;     // add Secure to the cookie (behind a TLS proxy)

  // Each connection holds a worker for as long as it stays open (cpp-httplib's model), so
  // the pool is sized for idle keep-alive connections too, and keep-alive is bounded. With
  // fewer workers than the 64 keep-alive connections of the load runs (tools/load, tools/bench)
  // the connections beyond them waited whole seconds in the queue.
  std::size_t worker_threads = 64;
  std::size_t max_queued_connections = 256;  // beyond this, new connections are closed
  std::size_t keep_alive_max_requests = 100;
  std::chrono::seconds keep_alive_timeout = 5s;
  std::chrono::seconds read_timeout = 10s;   // per read, not per request
  std::chrono::seconds write_timeout = 10s;  // per write

  auth::SessionPolicy sessions;
  auth::Clock clock = auth::system_now;

  // Reminders (SPEC 4): a sweep at start and then this often, on a thread that stops with the
  // server.
  std::chrono::milliseconds reminder_interval = 10min;

  // E-mail (SPEC 5): with a relay, everyone an event concerns is also told by e-mail, queued in
  // the outbox with the event and sent by a thread that stops with the server. Without one,
  // notifications stay in the app.
  std::optional<mail::OutboxSettings> mail;
  std::string public_url = "http://127.0.0.1:8080/";  // the app's address, linked in each e-mail
};

// The worker pool, keep-alive, timeouts, largest body and TCP_NODELAY of config. HttpServer
// runs with them, and so does the benchmarks' bare endpoint (bench/http_baseline.cpp), so that
// the baseline differs from the server only in what the server does per request.
void configure_http_server(httplib::Server& server, const ServerConfig& config);

class HttpServer {
 public:
  // Throws std::runtime_error when web_root is not a directory.
  HttpServer(store::Database& database, ServerConfig config);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  bool bind(const std::string& address, int port);
  int bind_to_any_port(const std::string& address);  // the port, or -1
  // Serves until stop(); false if the server could not run.
  bool listen_after_bind();
  void wait_until_ready() const;
  bool is_running() const;
  // Stops accepting, lets the workers finish, and makes listen_after_bind return. May be
  // called from any thread.
  void stop();

  // The cpp-httplib server underneath, for tests that add a route of their own.
  httplib::Server& raw();

  // Every API route as (path pattern with ":name" parameters, method).
  const std::vector<std::pair<std::string, std::string>>& routes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace anskaffa::http
