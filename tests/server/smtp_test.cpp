// E-mail notifications leave through an SMTP relay (SPEC 5): the client, against a receiver
// of the tests' own on loopback.
#include <catch2/catch.hpp>

#include "server/mail/smtp.h"
#include "support/smtp_receiver.h"

namespace {

using anskaffa::mail::Message;
using anskaffa::mail::Relay;
using anskaffa::mail::send_mail;
using anskaffa::testing::SmtpReceiver;

Relay relay_at(int port) {
  Relay relay;
  relay.port = port;
  relay.timeout_ms = 2000;
  return relay;
}

Message sample() {
  return {"anskaffa@utbildning.example", "asa.larare@exempelskolan.example",
          "Ärende ANS-2026-0042: behöver kompletteras",
          "Hej Åsa!\n\nDI behöver veta mer om lärresursen.\n.\n..punkter\nMvh Anskaffa"};
}

}  // namespace

TEST_CASE("a message reaches the relay with its envelope, UTF-8 subject and body", "[mail]") {
  SmtpReceiver receiver;
  const auto result = send_mail(relay_at(receiver.port()), sample());
  INFO(result.error);
  REQUIRE(result.sent);
  REQUIRE(receiver.wait_for(1));
  const auto mail = receiver.messages().at(0);
  CHECK(mail.from == "anskaffa@utbildning.example");
  CHECK(mail.to == "asa.larare@exempelskolan.example");
  CHECK(mail.data.find("Content-Type: text/plain; charset=UTF-8\r\n") != std::string::npos);
  // The subject travels as RFC 2047 encoded words, ASCII only.
  const std::size_t subject = mail.data.find("Subject: =?UTF-8?B?");
  CHECK(subject != std::string::npos);
  // Dot-stuffing is undone by the receiver: the lines arrive as written.
  CHECK(mail.data.find("\r\n\r\nHej Åsa!\r\n\r\nDI behöver veta mer om lärresursen.\r\n.\r\n"
                       "..punkter\r\nMvh Anskaffa\r\n") != std::string::npos);
}

TEST_CASE("a lone dot in a body cannot end the message early", "[mail]") {
  const std::string data = anskaffa::mail::format_message(sample(), "date", "<id@x>");
  CHECK(data.find("\r\n.\r\n") == std::string::npos);
  CHECK(data.find("\r\n..\r\n") != std::string::npos);
  CHECK(data.find("\r\n...punkter\r\n") != std::string::npos);
}

TEST_CASE("line breaks in a header value cannot add headers", "[mail]") {
  Message message = sample();
  message.subject = "Hej\r\nBcc: alla@example.org";
  message.to = "a@example.org\r\nBcc: b@example.org";
  const std::string data = anskaffa::mail::format_message(message, "date", "<id@x>");
  CHECK(data.find("\r\nBcc:") == std::string::npos);
}

TEST_CASE("a refusal by the relay is permanent, a temporary one may be retried", "[mail]") {
  SmtpReceiver refusing(550);
  auto result = send_mail(relay_at(refusing.port()), sample());
  CHECK_FALSE(result.sent);
  CHECK(result.permanent);
  CHECK(result.error.find("550") != std::string::npos);

  SmtpReceiver busy(451);
  result = send_mail(relay_at(busy.port()), sample());
  CHECK_FALSE(result.sent);
  CHECK_FALSE(result.permanent);
  CHECK(refusing.messages().empty());
}

TEST_CASE("no relay listening is a temporary failure, not a hang", "[mail]") {
  int port;
  {
    SmtpReceiver gone;  // a port that was just free
    port = gone.port();
  }
  const auto result = send_mail(relay_at(port), sample());
  CHECK_FALSE(result.sent);
  CHECK_FALSE(result.permanent);
  CHECK_FALSE(result.error.empty());
}

TEST_CASE("the relay is named as HOST:PORT, as --smtp takes it", "[mail]") {
  Relay relay;
  CHECK(anskaffa::mail::parse_relay("localhost:2525", relay));
  CHECK(relay.host == "localhost");
  CHECK(relay.port == 2525);
  CHECK(anskaffa::mail::parse_relay("[::1]:25", relay));
  CHECK(relay.host == "::1");
  for (const char* bad : {"localhost", ":25", "host:", "host:0", "host:70000", "host:2x5"}) {
    INFO(bad);
    CHECK_FALSE(anskaffa::mail::parse_relay(bad, relay));
  }
}
