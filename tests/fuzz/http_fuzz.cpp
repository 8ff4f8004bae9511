// libFuzzer target: the whole server fed raw bytes, as if they came over one connection. The
// real HttpServer (limits, headers, error handlers, every route) runs over a temporary
// database seeded with the demo data; each input is read by ConnectionServer::serve_exchange,
// the path each connection's worker takes, from memory instead of a socket, one exchange after
// the other while bytes are left (keep-alive, pipelined requests).
//
// So that handlers behind sign-in are reached too, "@session@" anywhere in the input becomes the
// token of a live session of a user with every role (seeds carry it in their Cookie header).
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "server/auth/password.h"
#include "server/auth/sessions.h"
#include "server/demo/demo_data.h"
#include "server/http/connection_server.h"
#include "server/http/server.h"
#include "server/store/database.h"
#include "server/store/units.h"
#include "server/store/users.h"

namespace {

namespace fs = std::filesystem;
using namespace anskaffa;

constexpr std::string_view session_placeholder = "@session@";
// Bounds the exchanges of one input, as keep_alive_max_requests bounds a connection's.
constexpr int max_exchanges = 16;

// The bytes of one input as a connection: reads take them in order. socket() is an idle
// socket, for cpp-httplib's is-the-peer-alive test.
class BytesStream final : public httplib::Stream {
 public:
  BytesStream(std::string_view input, socket_t idle) : input_(input), idle_(idle) {}

  bool is_readable() const override { return true; }
  bool is_writable() const override { return true; }
  ssize_t read(char* ptr, size_t size) override {
    const std::size_t n = std::min(size, input_.size() - position_);
    input_.copy(ptr, n, position_);
    position_ += n;
    return static_cast<ssize_t>(n);
  }
  // The answers are dropped: what is fuzzed is how the server reads and handles requests.
  ssize_t write(const char*, size_t size) override { return static_cast<ssize_t>(size); }
  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 40000;
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    ip = "127.0.0.1";
    port = 8080;
  }
  socket_t socket() const override { return idle_; }

  bool at_end() const { return position_ >= input_.size(); }

 private:
  std::string_view input_;
  std::size_t position_ = 0;
  socket_t idle_;
};

// Everything one fuzzing process serves from. Never destroyed: libFuzzer ends the process with
// exit(), and the server's threads must not outlive the objects they use.
struct Harness {
  fs::path dir;
  store::Database* database = nullptr;
  http::HttpServer* server = nullptr;
  http::ConnectionServer* connection_server = nullptr;
  auth::Sessions* sessions = nullptr;
  std::int64_t user_id = 0;
  std::string token;
  socket_t idle = -1;

  // The token of a live session: the input may have signed the last one out.
  const std::string& live_token() {
    if (!sessions->user_of(token)) token = sessions->start(user_id);
    return token;
  }
};

fs::path make_temp_dir() {
  // Memory-backed when there is one: the store syncs every commit.
  const fs::path base =
      fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
  std::string pattern = (base / "anskaffa-fuzz-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

Harness* harness_dir_to_remove = nullptr;
void remove_temp_dir() {
  std::error_code ignored;
  fs::remove_all(harness_dir_to_remove->dir, ignored);
}

std::int64_t add_fuzz_user(store::Database& database) {
  auto connection = database.connect();
  return connection->write_transaction([&] {
    store::NewUser user{"fuzz@example.se",
                        "Fuzz Fuzzsson",
                        auth::hash_password("fuzz-password"),
                        {"requester", "principal", "reviewer", "infosec", "admin"},
                        {}};
    for (const store::Unit& unit : store::list_units(*connection)) user.units.push_back(unit.id);
    return store::insert_user(*connection, user, auth::system_now());
  });
}

Harness& harness() {
  static Harness* const instance = [] {
    auto* h = new Harness;
    h->dir = make_temp_dir();
    harness_dir_to_remove = h;
    std::atexit(remove_temp_dir);
    const fs::path web_root = h->dir / "web";
    fs::create_directories(web_root / "assets");
    std::ofstream(web_root / "index.html") << "<!doctype html><title>Anskaffa</title>\n";
    std::ofstream(web_root / "assets" / "app.js") << "console.log('anskaffa');\n";

    h->database = new store::Database((h->dir / "anskaffa.db").string());
    demo::seed_demo_data(*h->database);
    h->user_id = add_fuzz_user(*h->database);

    http::ServerConfig config;
    config.web_root = web_root;
    config.reminder_interval = std::chrono::hours(24 * 365);
    h->server = new http::HttpServer(*h->database, config);
    h->connection_server = &dynamic_cast<http::ConnectionServer&>(h->server->raw());
    h->sessions = new auth::Sessions(*h->database);
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0) throw std::runtime_error("socketpair");
    h->idle = pair[0];
    return h;
  }();
  return *instance;
}

std::string with_session(std::string_view input, const std::string& token) {
  std::string bytes(input);
  for (std::size_t at = bytes.find(session_placeholder); at != std::string::npos;
       at = bytes.find(session_placeholder, at + token.size())) {
    bytes.replace(at, session_placeholder.size(), token);
  }
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  harness();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  Harness& h = harness();
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string bytes = input.find(session_placeholder) == std::string_view::npos
                                ? std::string(input)
                                : with_session(input, h.live_token());

  BytesStream stream(bytes, h.idle);
  const http::ConnectionEnds ends{"127.0.0.1", 40000, "127.0.0.1", 8080};
  bool closed = false;
  for (int i = 0; i < max_exchanges && !closed && !stream.at_end(); ++i) {
    const bool last = i + 1 == max_exchanges;
    if (!h.connection_server->serve_exchange(stream, ends, last, closed)) break;
  }
  return 0;
}
