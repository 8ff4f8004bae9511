#include "server/mail/smtp.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <ctime>
#include <random>

namespace anskaffa::mail {
namespace {

// A connected TCP socket whose every read and write gives up after the timeout.
class Connection {
 public:
  Connection(const Relay& relay) : timeout_ms_(relay.timeout_ms) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const std::string port = std::to_string(relay.port);
    if (getaddrinfo(relay.host.c_str(), port.c_str(), &hints, &found) != 0) return;
    for (addrinfo* a = found; a != nullptr && fd_ < 0; a = a->ai_next) {
      fd_ = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
      if (fd_ >= 0 && ::connect(fd_, a->ai_addr, a->ai_addrlen) != 0) {
        ::close(fd_);
        fd_ = -1;
      }
    }
    freeaddrinfo(found);
  }
  ~Connection() {
    if (fd_ >= 0) ::close(fd_);
  }
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  bool connected() const { return fd_ >= 0; }

  bool write(const std::string& data) {
    std::size_t done = 0;
    while (done < data.size()) {
      if (!wait(POLLOUT)) return false;
      const ssize_t n = ::send(fd_, data.data() + done, data.size() - done, MSG_NOSIGNAL);
      if (n <= 0) return false;
      done += static_cast<std::size_t>(n);
    }
    return true;
  }

  // One reply, which may span lines "250-..." ending with "250 ...". Returns its code, or 0
  // when the connection failed or the reply was not SMTP.
  int read_reply(std::string& text) {
    text.clear();
    for (;;) {
      const std::size_t end = buffer_.find("\r\n");
      if (end == std::string::npos) {
        if (buffer_.size() > 64 * 1024 || !wait(POLLIN)) return 0;
        std::array<char, 4096> chunk;
        const ssize_t n = ::recv(fd_, chunk.data(), chunk.size(), 0);
        if (n <= 0) return 0;
        buffer_.append(chunk.data(), static_cast<std::size_t>(n));
        continue;
      }
      const std::string line = buffer_.substr(0, end);
      buffer_.erase(0, end + 2);
      if (line.size() < 3) return 0;
      text += line + "\n";
      if (line.size() == 3 || line[3] == ' ') {
        const int code = std::atoi(line.substr(0, 3).c_str());
        return code >= 200 && code < 600 ? code : 0;
      }
    }
  }

 private:
  bool wait(short events) {
    pollfd p{fd_, events, 0};
    return ::poll(&p, 1, timeout_ms_) == 1 && (p.revents & (events | POLLHUP)) != 0;
  }

  int fd_ = -1;
  int timeout_ms_;
  std::string buffer_;
};

// Header values must not carry line breaks: a name with CR/LF would add headers of its own.
std::string one_line(const std::string& text) {
  std::string out;
  for (char c : text) out += (c == '\r' || c == '\n') ? ' ' : c;
  return out;
}

bool is_ascii(const std::string& text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string base64(const std::string& data) {
  static constexpr char alphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < data.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(data[i]) << 16) |
                       (static_cast<unsigned char>(data[i + 1]) << 8) |
                       static_cast<unsigned char>(data[i + 2]);
    out += {alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], alphabet[v & 63]};
  }
  if (i + 1 == data.size()) {
    const unsigned v = static_cast<unsigned char>(data[i]) << 16;
    out += {alphabet[v >> 18], alphabet[(v >> 12) & 63], '=', '='};
  } else if (i + 2 == data.size()) {
    const unsigned v = (static_cast<unsigned char>(data[i]) << 16) |
                       (static_cast<unsigned char>(data[i + 1]) << 8);
    out += {alphabet[v >> 18], alphabet[(v >> 12) & 63], alphabet[(v >> 6) & 63], '='};
  }
  return out;
}

// RFC 2047: a UTF-8 subject as encoded words, each short enough for a header line.
std::string encode_subject(const std::string& subject) {
  const std::string text = one_line(subject);
  if (is_ascii(text)) return text;
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + 45);
    // Never split a UTF-8 sequence between two encoded words.
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string rfc5322_date() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[64];
  std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &utc);
  return buffer;
}

std::string random_id(const std::string& from) {
  std::random_device device;
  const std::string domain = from.substr(from.find('@') + 1);
  return "<" + std::to_string(device()) + "." + std::to_string(device()) + "@" + domain + ">";
}

SendResult failed(int code, const std::string& reply) {
  return {false, code >= 500, reply.empty() ? "no answer from the relay" : reply};
}

}  // namespace

bool parse_relay(const std::string& text, Relay& relay) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0 || colon + 1 == text.size()) return false;
  int port = 0;
  for (char c : text.substr(colon + 1)) {
    if (c < '0' || c > '9' || port > 65535) return false;
    port = port * 10 + (c - '0');
  }
  if (port < 1 || port > 65535) return false;
  std::string host = text.substr(0, colon);
  // An IPv6 address is written in brackets, which getaddrinfo does not take.
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  relay.host = host;
  relay.port = port;
  return true;
}

std::string format_message(const Message& message, const std::string& date_header,
                           const std::string& message_id) {
  std::string data = "From: " + one_line(message.from) + "\r\n" + "To: " + one_line(message.to) +
                     "\r\n" + "Subject: " + encode_subject(message.subject) + "\r\n" +
                     "Date: " + date_header + "\r\n" + "Message-ID: " + message_id + "\r\n" +
                     "MIME-Version: 1.0\r\n" + "Content-Type: text/plain; charset=UTF-8\r\n" +
                     "Content-Transfer-Encoding: 8bit\r\n" + "Auto-Submitted: auto-generated\r\n" +
                     "\r\n";
  // Body lines end in CRLF; a line that begins with "." gets another (RFC 5321 4.5.2).
  std::size_t start = 0;
  while (start <= message.body.size()) {
    std::size_t end = message.body.find('\n', start);
    if (end == std::string::npos) end = message.body.size();
    std::string line = message.body.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (!line.empty() && line.front() == '.') line.insert(0, ".");
    data += line + "\r\n";
    if (end == message.body.size()) break;
    start = end + 1;
  }
  return data;
}

SendResult send_mail(const Relay& relay, const Message& message) {
  Connection smtp(relay);
  if (!smtp.connected()) {
    return {false, false, "cannot connect to " + relay.host + ":" + std::to_string(relay.port)};
  }
  std::string reply;
  int code = smtp.read_reply(reply);
  if (code != 220) return failed(code, reply);

  const auto command = [&](const std::string& line, int expected) {
    if (!smtp.write(line + "\r\n")) return false;
    code = smtp.read_reply(reply);
    return code == expected;
  };
  if (!command("EHLO anskaffa", 250) && !command("HELO anskaffa", 250)) return failed(code, reply);
  if (!command("MAIL FROM:<" + one_line(message.from) + ">", 250)) return failed(code, reply);
  if (!command("RCPT TO:<" + one_line(message.to) + ">", 250) && code != 251) {
    return failed(code, reply);
  }
  if (!command("DATA", 354)) return failed(code, reply);
  if (!command(format_message(message, rfc5322_date(), random_id(message.from)) + ".", 250)) {
    return failed(code, reply);
  }
  command("QUIT", 221);  // the message is accepted; how the relay says goodbye does not matter
  return {true, false, {}};
}

}  // namespace anskaffa::mail
