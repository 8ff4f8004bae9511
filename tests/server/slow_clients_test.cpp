// Issue 9: slow clients. cpp-httplib gives each connection a worker for as long as it is open,
// and its timeouts are per read, so a client that sends a byte now and then holds a worker
// indefinitely. While as many such clients as half the worker pool hold connections, a normal
// request must still be answered promptly; the time it took is printed for the log.
#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "support/test_server.h"

namespace {

using anskaffa::testing::TestServer;
using Clock = std::chrono::steady_clock;

constexpr auto byte_interval = std::chrono::milliseconds(200);

// A connection that trickles bytes until told to stop; counts the bytes the kernel took.
class SlowClient {
 public:
  SlowClient(int port, std::string head, std::string trickle)
      : thread_([this, port, head = std::move(head), trickle = std::move(trickle)] {
          run(port, head, trickle);
        }) {}
  ~SlowClient() {
    stop_ = true;
    thread_.join();
  }
  SlowClient(const SlowClient&) = delete;
  SlowClient& operator=(const SlowClient&) = delete;

  int sent() const { return sent_; }
  bool failed() const { return failed_; }

 private:
  void run(int port, const std::string& head, const std::string& trickle) {
    const int sock = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        send(sock, head.data(), head.size(), MSG_NOSIGNAL) != static_cast<ssize_t>(head.size())) {
      failed_ = true;
    }
    for (std::size_t i = 0; !failed_ && !stop_; i = (i + 1) % trickle.size()) {
      if (send(sock, trickle.data() + i, 1, MSG_NOSIGNAL) != 1) {
        failed_ = true;  // the server closed the connection
        break;
      }
      ++sent_;
      std::this_thread::sleep_for(byte_interval);
    }
    close(sock);
  }

  std::atomic<bool> stop_{false};
  std::atomic<bool> failed_{false};
  std::atomic<int> sent_{0};
  std::thread thread_;
};

}  // namespace

TEST_CASE("while half the worker pool is held by slow clients, a normal request is answered",
          "[attacks][slow]") {
  // The pool serve runs with, not the tests' smaller one.
  anskaffa::testing::ServerOptions options;
  options.worker_threads = anskaffa::http::ServerConfig{}.worker_threads;
  TestServer server(options);
  server.add_user("rut@skola.example", "rätt häst batteri");
  const std::string cookie = server.sign_in("rut@skola.example", "rätt häst batteri");
  const std::size_t slow_count = options.worker_threads / 2;
  REQUIRE(slow_count >= 2);

  std::vector<std::unique_ptr<SlowClient>> slow;
  for (std::size_t i = 0; i < slow_count; ++i) {
    if (i % 3 == 2) {
      // A body that never ends: the headers are complete, the declared body trickles in.
      slow.push_back(std::make_unique<SlowClient>(
          server.port(),
          "POST /api/v1/session HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          "Content-Length: 4000\r\n\r\n{\"email\":\"",
          "a"));
    } else {
      // Headers that never end, a byte at a time.
      slow.push_back(std::make_unique<SlowClient>(
          server.port(), "G",
          "ET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + std::string(200, 'a')));
    }
  }
  // Long enough for every slow connection to have been taken by a worker and fed many times
  // over the per-read granularity that matters here.
  std::this_thread::sleep_for(std::chrono::seconds(3));

  auto client = server.client();
  const auto started = Clock::now();
  const auto health = client.get("/healthz");
  const auto session = client.get("/api/v1/session", {{"Cookie", cookie}});
  const double seconds = std::chrono::duration<double>(Clock::now() - started).count();
  WARN("slow clients: " << slow_count << " of " << options.worker_threads
                        << " workers held; a GET /healthz and a GET /api/v1/session took "
                        << static_cast<int>(seconds * 1000) << " ms");
  CHECK(health.status == 200);
  CHECK(session.status == 200);
  CHECK(seconds < 10.0);

  // The slow clients were really holding their connections the whole time.
  // (15 bytes in 3 s at most; a loaded machine sleeps longer, so only a third is asked for.)
  for (const auto& client_ptr : slow) {
    CHECK_FALSE(client_ptr->failed());
    CHECK(client_ptr->sent() >= 5);
  }
}
