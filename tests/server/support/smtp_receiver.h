// A small SMTP receiver on 127.0.0.1 for the tests: it speaks enough of RFC 5321 to take
// messages from Anskaffa's client and keeps each one's envelope and DATA as received.
#pragma once

#include <atomic>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace anskaffa::testing {

struct ReceivedMail {
  std::string from;  // MAIL FROM's address
  std::string to;    // RCPT TO's address
  std::string data;  // DATA as sent, CRLF line ends, dot-stuffing undone
};

class SmtpReceiver {
 public:
  // What the receiver answers to RCPT TO: 250, or a failure such as 451 or 550. It listens on
  // port, or on an ephemeral one when port is 0 (a relay that comes back takes its old port).
  explicit SmtpReceiver(int rcpt_reply = 250, int port = 0);
  ~SmtpReceiver();
  SmtpReceiver(const SmtpReceiver&) = delete;
  SmtpReceiver& operator=(const SmtpReceiver&) = delete;

  int port() const { return port_; }
  std::vector<ReceivedMail> messages();
  // Waits up to timeout_ms for at least count messages; true if they came.
  bool wait_for(std::size_t count, int timeout_ms = 5000);

 private:
  void serve();
  void session(int client);

  int listener_ = -1;
  int port_ = 0;
  int rcpt_reply_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::vector<ReceivedMail> messages_;
  std::thread thread_;
};

}  // namespace anskaffa::testing
