#include "raw_socket.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cctype>
#include <cstdint>
#include <stdexcept>

namespace anskaffa::testing {

namespace {

int connect_loopback(int port) {
  const int sock = socket(AF_INET, SOCK_STREAM, 0);
  if (sock < 0) throw std::runtime_error("socket failed");
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(sock, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(sock);
    throw std::runtime_error("connect failed");
  }
  return sock;
}

// Appends what arrives within timeout_ms to data; false when the connection closed or failed.
bool receive(int sock, std::string& data, int timeout_ms) {
  pollfd poll_fd{sock, POLLIN, 0};
  if (poll(&poll_fd, 1, timeout_ms) <= 0) return true;
  char buffer[4096];
  const ssize_t n = recv(sock, buffer, sizeof buffer, 0);
  if (n <= 0) return false;
  data.append(buffer, static_cast<std::size_t>(n));
  return true;
}

}  // namespace

RawConnection::RawConnection(int port) : sock_(connect_loopback(port)) {}

RawConnection::~RawConnection() { close(sock_); }

void RawConnection::send(const std::string& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = ::send(sock_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;
    sent += static_cast<std::size_t>(n);
  }
}

std::string RawConnection::read_response() {
  for (int round = 0; round < 300; ++round) {
    const auto head_end = pending_.find("\r\n\r\n");
    if (head_end != std::string::npos) {
      std::size_t length = 0;
      std::string head = pending_.substr(0, head_end);
      for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (const auto at = head.find("content-length:"); at != std::string::npos) {
        length = std::stoul(head.substr(at + 15));
      }
      if (pending_.size() >= head_end + 4 + length) {
        std::string response = pending_.substr(0, head_end + 4 + length);
        pending_.erase(0, head_end + 4 + length);
        return response;
      }
    }
    const std::size_t before = pending_.size();
    if (!receive(sock_, pending_, 3000) || pending_.size() == before) break;
  }
  return "";
}

RawReply raw_exchange(int port, const std::string& bytes) {
  const int sock = connect_loopback(port);
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const ssize_t n = send(sock, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  RawReply reply;
  char buffer[4096];
  while (true) {
    pollfd poll_fd{sock, POLLIN, 0};
    if (poll(&poll_fd, 1, 3000) <= 0) break;  // the server keeps the connection open
    const ssize_t n = recv(sock, buffer, sizeof buffer, 0);
    if (n <= 0) {
      reply.closed_by_server = true;
      break;
    }
    reply.data.append(buffer, static_cast<std::size_t>(n));
  }
  close(sock);
  return reply;
}

}  // namespace anskaffa::testing
