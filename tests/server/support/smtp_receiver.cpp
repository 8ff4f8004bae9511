#include "support/smtp_receiver.h"

#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <stdexcept>

namespace anskaffa::testing {
namespace {

bool send_all(int fd, const std::string& text) {
  return ::send(fd, text.data(), text.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(text.size());
}

// Reads one CRLF-terminated line; false when the peer is gone or silent for 5 s.
bool read_line(int fd, std::string& buffer, std::string& line) {
  for (;;) {
    const std::size_t end = buffer.find("\r\n");
    if (end != std::string::npos) {
      line = buffer.substr(0, end);
      buffer.erase(0, end + 2);
      return true;
    }
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, 5000) != 1) return false;
    char chunk[4096];
    const ssize_t n = ::recv(fd, chunk, sizeof chunk, 0);
    if (n <= 0) return false;
    buffer.append(chunk, static_cast<std::size_t>(n));
  }
}

std::string address_in(const std::string& line) {
  const std::size_t open = line.find('<');
  const std::size_t close = line.rfind('>');
  return open == std::string::npos || close < open ? "" : line.substr(open + 1, close - open - 1);
}

}  // namespace

SmtpReceiver::SmtpReceiver(int rcpt_reply, int port) : rcpt_reply_(rcpt_reply) {
  listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  const int reuse = 1;
  ::setsockopt(listener_, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  socklen_t length = sizeof address;
  if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr*>(&address), length) != 0 ||
      ::listen(listener_, 8) != 0 ||
      ::getsockname(listener_, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
    throw std::runtime_error("the test SMTP receiver cannot listen");
  }
  port_ = ntohs(address.sin_port);
  thread_ = std::thread([this] { serve(); });
}

SmtpReceiver::~SmtpReceiver() {
  stopping_ = true;
  thread_.join();
  ::close(listener_);
}

std::vector<ReceivedMail> SmtpReceiver::messages() {
  std::lock_guard lock(mutex_);
  return messages_;
}

bool SmtpReceiver::wait_for(std::size_t count, int timeout_ms) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (std::chrono::steady_clock::now() < deadline) {
    if (messages().size() >= count) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return messages().size() >= count;
}

void SmtpReceiver::serve() {
  while (!stopping_) {
    pollfd p{listener_, POLLIN, 0};
    if (::poll(&p, 1, 50) != 1) continue;
    const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
    if (client < 0) continue;
    session(client);
    ::close(client);
  }
}

void SmtpReceiver::session(int client) {
  std::string buffer, line;
  ReceivedMail mail;
  send_all(client, "220 test receiver ready\r\n");
  while (read_line(client, buffer, line)) {
    const std::string verb = line.substr(0, 4);
    if (verb == "EHLO" || verb == "HELO") {
      send_all(client, "250-test receiver\r\n250 8BITMIME\r\n");
    } else if (verb == "MAIL") {
      mail = {address_in(line), "", ""};
      send_all(client, "250 ok\r\n");
    } else if (verb == "RCPT") {
      mail.to = address_in(line);
      send_all(client, std::to_string(rcpt_reply_) + (rcpt_reply_ == 250 ? " ok\r\n" : " no\r\n"));
    } else if (verb == "DATA") {
      send_all(client, "354 go ahead\r\n");
      while (read_line(client, buffer, line) && line != ".") {
        mail.data += (line.starts_with("..") ? line.substr(1) : line) + "\r\n";
      }
      {
        std::lock_guard lock(mutex_);
        messages_.push_back(mail);
      }
      send_all(client, "250 queued\r\n");
    } else if (verb == "QUIT") {
      send_all(client, "221 bye\r\n");
      return;
    } else {
      send_all(client, "502 not implemented\r\n");
    }
  }
}

}  // namespace anskaffa::testing
