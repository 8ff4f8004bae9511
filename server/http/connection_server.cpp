#include "server/http/connection_server.h"

#include <poll.h>
#include <sys/socket.h>

#include <array>
#include <chrono>
#include <string>

#include "server/http/exchange.h"

namespace anskaffa::http {
namespace {

// Bounds of the lingering close: it holds a worker for at most this long...
constexpr auto linger_time = std::chrono::seconds(2);
// ...and reads at most this much: a little more than the largest body any route accepts.
constexpr std::size_t linger_bytes = 16 * 1024 * 1024;

void linger(socket_t sock) {
  shutdown(sock, SHUT_WR);
  const auto deadline = std::chrono::steady_clock::now() + linger_time;
  std::array<char, 16 * 1024> discard{};
  std::size_t drained = 0;
  while (drained < linger_bytes) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return;
    pollfd readable{sock, POLLIN, 0};
    if (poll(&readable, 1, static_cast<int>(left.count())) <= 0) return;
    const ssize_t n = recv(sock, discard.data(), discard.size(), 0);
    if (n <= 0) return;  // the client closed, or the connection failed
    drained += static_cast<std::size_t>(n);
  }
}

}  // namespace

bool ConnectionServer::serve_exchange(httplib::Stream& stream, const ConnectionEnds& ends,
                                      bool close_connection, bool& connection_closed) {
  begin_exchange();
  current_exchange().peer = ends.remote_addr;
  const bool written =
      process_request(stream, ends.remote_addr, ends.remote_port, ends.local_addr, ends.local_port,
                      close_connection, connection_closed, nullptr);
  if (current_exchange().close_connection) connection_closed = true;
  return written;
}

bool ConnectionServer::process_and_close_socket(socket_t sock) {
  ConnectionEnds ends;
  httplib::detail::get_remote_ip_and_port(sock, ends.remote_addr, ends.remote_port);
  httplib::detail::get_local_ip_and_port(sock, ends.local_addr, ends.local_port);

  bool refused_body = false;
  const bool ok = httplib::detail::process_server_socket(
      svr_sock_, sock, keep_alive_max_count_, keep_alive_timeout_sec_, read_timeout_sec_,
      read_timeout_usec_, write_timeout_sec_, write_timeout_usec_,
      [&](httplib::Stream& stream, bool close_connection, bool& connection_closed) {
        const bool written = serve_exchange(stream, ends, close_connection, connection_closed);
        if (current_exchange().close_connection) refused_body = true;
        return written;
      });

  if (refused_body) linger(sock);
  httplib::detail::shutdown_socket(sock);
  httplib::detail::close_socket(sock);
  return ok;
}

}  // namespace anskaffa::http
