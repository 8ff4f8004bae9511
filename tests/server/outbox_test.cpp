// SPEC 5: with an SMTP relay configured, everyone an event concerns is told by e-mail too,
// through an outbox that is retried and never blocks the action.
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#include <chrono>
#include <nlohmann/json.hpp>
#include <thread>

#include "server/mail/outbox_sender.h"
#include "server/store/outbox.h"
#include "support/notification_walk.h"
#include "support/smtp_receiver.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::fixture_now;
using anskaffa::testing::ReceivedMail;
using anskaffa::testing::SmtpReceiver;
using anskaffa::testing::Step;
using anskaffa::testing::Walk;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

// Waits up to 5 s for a query's single integer to reach want.
bool eventually(WorkflowFixture& f, const std::string& sql, std::int64_t want) {
  for (int i = 0; i < 500; ++i) {
    if (f.count(sql) == want) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return f.count(sql) == want;
}

// A port nothing listens on: an ephemeral one, taken and given back.
int closed_port() {
  SmtpReceiver probe;
  return probe.port();
}

// The body of a received message: what follows the blank line after the headers.
std::string body_of(const ReceivedMail& mail) {
  const std::size_t start = mail.data.find("\r\n\r\n");
  return start == std::string::npos ? "" : mail.data.substr(start + 4);
}

}  // namespace

TEST_CASE("each kind of notification arrives by e-mail at the addresses of everyone told",
          "[outbox]") {
  SmtpReceiver receiver;
  WorkflowFixture f(receiver.port());
  Walk walk(f);
  std::size_t seen = 0;
  std::set<std::string> kinds;
  walk.run(
      [&](const Step& step) {
        const std::size_t want = seen + step.addresses.size();
        REQUIRE(receiver.wait_for(want));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));  // nothing more comes
        const auto messages = receiver.messages();
        REQUIRE(messages.size() == want);
        std::multiset<std::string> to;
        const std::string case_number =
            f.view(f.reviewer, step.request_id).at("case_number").get<std::string>();
        for (std::size_t i = seen; i < want; ++i) {
          to.insert(messages[i].to);
          CHECK(messages[i].from == "anskaffa@localhost");
          CHECK(body_of(messages[i]).find(case_number) != std::string::npos);
        }
        CHECK(to == std::multiset<std::string>(step.addresses.begin(), step.addresses.end()));
        seen = want;
        kinds.insert(step.kind);
      },
      true);
  CHECK(kinds.size() == 15);  // 14 kinds of action that notify, and the reminder
  CHECK(f.count("SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 0);
}

TEST_CASE("new mail is sent as soon as its action commits, not at the sender's next look",
          "[outbox]") {
  SmtpReceiver receiver;
  WorkflowFixture f(receiver.port(), std::chrono::hours(1));
  const auto started = std::chrono::steady_clock::now();
  f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(receiver.wait_for(1));
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(3));
  CHECK(receiver.messages().at(0).to == f.principal_a.email);
}

TEST_CASE(
    "an e-mail names the case, the resource, the new state, the reason and the app, and "
    "nothing more of the request",
    "[outbox]") {
  SmtpReceiver receiver;
  WorkflowFixture f(receiver.port());
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "request_completion", {{"comment", "Ange fler årskurser."}})
              .status == 200);
  const std::string case_number = f.view(f.reviewer, id).at("case_number").get<std::string>();
  REQUIRE(receiver.wait_for(3));  // two reviewers and the dual account of the submission
  REQUIRE(receiver.wait_for(4));  // then the requester of the return
  const ReceivedMail mail = receiver.messages().back();
  CHECK(mail.to == f.principal_a.email);
  const std::string body = body_of(mail);
  CHECK(body.find("Test granskare@di.example ber om en komplettering av " + case_number +
                  " (Kodknäckarna).") != std::string::npos);
  CHECK(body.find("Ärendets läge: Behöver kompletteras") != std::string::npos);
  CHECK(body.find("Kommentar: Ange fler årskurser.") != std::string::npos);
  CHECK(body.find("http://127.0.0.1:8080/") != std::string::npos);
  CHECK(mail.data.find("Subject: =?UTF-8?B?") != std::string::npos);
  // The form's other contents stay in the app.
  for (const char* secret : {"asa.larare@skola.example", "Åsa Lärare", "Programmering",
                             "sara.admin@skola.example", "Demokod"}) {
    INFO(secret);
    CHECK(mail.data.find(secret) == std::string::npos);
  }
}

TEST_CASE("a register holder without an account is told by e-mail only", "[outbox]") {
  SmtpReceiver receiver;
  WorkflowFixture f(receiver.port());
  const std::int64_t id = f.in_review_with_dpa(f.owner, f.valid_request(f.unit_a));
  REQUIRE(eventually(f, "SELECT count(*) FROM outbox WHERE sent_at IS NULL", 0));
  const std::size_t before = receiver.messages().size();
  REQUIRE(f.act_now(f.reviewer, id, "approve").status == 200);
  REQUIRE(receiver.wait_for(before + 3));
  std::set<std::string> to;
  for (std::size_t i = before; i < receiver.messages().size(); ++i) {
    to.insert(receiver.messages()[i].to);
  }
  CHECK(to ==
        std::set<std::string>{f.owner.email, f.principal_a.email, "per.rektor@skola.example"});
  CHECK(f.count("SELECT count(*) FROM notifications WHERE kind = 'approve'") == 2);
}

TEST_CASE("with the relay down the action answers at once, and the mail goes when it is back",
          "[outbox]") {
  const int port = closed_port();
  WorkflowFixture f(port);
  const auto started = std::chrono::steady_clock::now();
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(1));
  const std::string pending = "SELECT count(*) FROM outbox WHERE sent_at IS NULL AND attempts = ";
  REQUIRE(eventually(f, pending + "1", 1));
  CHECK(f.count("SELECT next_attempt_at FROM outbox") == fixture_now + 60);
  CHECK(f.count("SELECT length(last_error) > 0 FROM outbox") == 1);

  // Before its time, nothing is tried again, even when woken by new mail.
  REQUIRE(f.act_now(f.owner, id, "comment", {{"comment", "Hallå?"}}).status == 200);
  REQUIRE(eventually(f, pending + "1", 4));  // the submission's, and the three reviewers'
  CHECK(f.count("SELECT count(*) FROM outbox WHERE attempts > 1") == 0);

  SmtpReceiver receiver(250, port);
  *f.now += 59;
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(receiver.messages().empty());
  *f.now += 1;
  REQUIRE(receiver.wait_for(4));
  CHECK(eventually(f, "SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL AND attempts = 2", 4));
}

TEST_CASE("a relay that never answers does not hold up an action", "[outbox]") {
  // Listening, so connections are made, but nobody ever greets them.
  const int silent = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  REQUIRE(::bind(silent, reinterpret_cast<sockaddr*>(&address), length) == 0);
  REQUIRE(::listen(silent, 8) == 0);
  REQUIRE(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length) == 0);
  {
    WorkflowFixture f(ntohs(address.sin_port));
    for (int i = 0; i < 3; ++i) {
      const auto started = std::chrono::steady_clock::now();
      f.submitted(f.owner, f.valid_request(f.unit_a));
      // Each attempt waits for the relay's greeting for 2 s, on the sender's thread only.
      CHECK(std::chrono::steady_clock::now() - started < std::chrono::milliseconds(500));
    }
  }
  ::close(silent);
}

TEST_CASE("a permanent refusal (5xx) is kept with its error and never retried", "[outbox]") {
  SmtpReceiver receiver(550);
  WorkflowFixture f(receiver.port());
  f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(eventually(f, "SELECT count(*) FROM outbox WHERE attempts = 1", 1));
  CHECK(f.count("SELECT next_attempt_at FROM outbox") == anskaffa::store::never_again);
  CHECK(f.count("SELECT instr(last_error, '550') > 0 FROM outbox") == 1);
  CHECK(f.count("SELECT sent_at IS NULL FROM outbox") == 1);
  *f.now += 30 * anskaffa::testing::one_day;
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(f.count("SELECT attempts FROM outbox") == 1);
}

TEST_CASE("a temporary refusal (4xx) is tried again later", "[outbox]") {
  SmtpReceiver receiver(451);
  WorkflowFixture f(receiver.port());
  f.submitted(f.owner, f.valid_request(f.unit_a));
  REQUIRE(eventually(f, "SELECT count(*) FROM outbox WHERE attempts = 1", 1));
  CHECK(f.count("SELECT next_attempt_at FROM outbox") == fixture_now + 60);
  *f.now += 60;
  REQUIRE(eventually(f, "SELECT count(*) FROM outbox WHERE attempts = 2", 1));
  // The schedule grows: the test server's second delay is 5 minutes.
  CHECK(f.count("SELECT next_attempt_at FROM outbox") == fixture_now + 60 + 300);
}

TEST_CASE("the retry delay grows to every 2 hours and stays there", "[outbox]") {
  const anskaffa::mail::OutboxSettings settings;
  CHECK(anskaffa::mail::retry_delay(settings, 1) == 60);
  CHECK(anskaffa::mail::retry_delay(settings, 2) == 5 * 60);
  CHECK(anskaffa::mail::retry_delay(settings, 3) == 30 * 60);
  CHECK(anskaffa::mail::retry_delay(settings, 4) == 2 * 60 * 60);
  CHECK(anskaffa::mail::retry_delay(settings, 40) == 2 * 60 * 60);
}

TEST_CASE("without a relay, nothing is queued for e-mail", "[outbox]") {
  WorkflowFixture f;
  f.submitted(f.owner, f.valid_request(f.unit_a));
  CHECK(f.count("SELECT count(*) FROM notifications") == 1);
  CHECK(f.count("SELECT count(*) FROM outbox") == 0);
}
