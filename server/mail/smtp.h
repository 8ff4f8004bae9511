// Sending one e-mail through an SMTP relay (RFC 5321), for notifications when the server is
// started with --smtp HOST:PORT.
//
// Implemented: plain SMTP to a relay on the local network (EHLO, falling back to HELO;
// MAIL FROM, RCPT TO, DATA with dot-stuffing; QUIT), UTF-8 subjects as RFC 2047 encoded
// words and UTF-8 bodies as 8bit text, a timeout on every read and write.
// Not implemented: STARTTLS and authentication. Run a local relay (e.g. Postfix) that
// forwards with TLS; the relay is the one place that holds the mail credentials.
#pragma once

#include <string>

namespace anskaffa::mail {

struct Relay {
  std::string host = "127.0.0.1";
  int port = 25;
  int timeout_ms = 10000;
};

// Parses "HOST:PORT"; false when it is not one.
bool parse_relay(const std::string& text, Relay& relay);

struct Message {
  std::string from;  // an address, e.g. "anskaffa@skola.example"
  std::string to;
  std::string subject;  // UTF-8
  std::string body;     // UTF-8 plain text, lines separated by \n
};

struct SendResult {
  bool sent = false;
  // Permanent failures (5xx) are not worth retrying; temporary ones and lost connections are.
  bool permanent = false;
  std::string error;  // what the relay said, for the operator's log
};

SendResult send_mail(const Relay& relay, const Message& message);

// The DATA section of a message, exactly as sent (headers, blank line, dot-stuffed body,
// CRLF line ends, without the final "."). Exposed for tests.
std::string format_message(const Message& message, const std::string& date_header,
                           const std::string& message_id);

}  // namespace anskaffa::mail
