// A server with the people of SPEC 1 signed in, for the request and workflow tests: two units,
// a requester who owns the requests and one who does not, a principal of each unit, two
// reviewers, the security coordinator, an administrator and a reviewer who is also a requester.
// The clock is the test's to move.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "support/test_server.h"

namespace anskaffa::testing {

// 2026-05-28, a Thursday, mid-day in Europe.
inline constexpr std::int64_t fixture_now = 1'780'000'000;
inline constexpr std::int64_t one_day = 24 * 60 * 60;

struct Person {
  std::int64_t id = 0;
  std::string cookie;
  std::string email;
};

class WorkflowFixture {
 public:
  // With smtp_port, e-mail goes to a relay (an SmtpReceiver) on 127.0.0.1 at that port, and the
  // outbox is looked at every outbox_interval besides when an action wakes it.
  explicit WorkflowFixture(
      std::optional<int> smtp_port = std::nullopt,
      std::chrono::milliseconds outbox_interval = std::chrono::milliseconds(20));

  std::shared_ptr<std::atomic<std::int64_t>> now;
  TestServer server;
  std::int64_t unit_a = 0, unit_b = 0;
  Person owner, other, principal_a, principal_b, reviewer, reviewer2, infosec, admin, dual;

  // A complete request for unit_a with personal data (a DPA is required, risk medium).
  static nlohmann::json valid_request(std::int64_t unit_id);
  // The same without personal data: low risk, no DPA needed.
  static nlohmann::json request_without_personal_data(std::int64_t unit_id);

  Response submit(const Person& who, const nlohmann::json& request, const Headers& headers = {});
  // Submits and returns the new id (REQUIREs the 201).
  std::int64_t submitted(const Person& who, const nlohmann::json& request);
  Response get(const Person& who, std::int64_t id);
  nlohmann::json view(const Person& who, std::int64_t id);  // REQUIREs the 200
  std::int64_t version(std::int64_t id);                    // as a reviewer sees it
  Response act(const Person& who, std::int64_t id, nlohmann::json body);
  // act with the current version filled in.
  Response act_now(const Person& who, std::int64_t id, const std::string& action,
                   nlohmann::json extra = nlohmann::json::object());
  Response put(const Person& who, std::int64_t id, const nlohmann::json& body);

  // Takes a request through principal approval and require_dpa/record_dpa to in_review with a
  // valid DPA; returns the id.
  std::int64_t in_review_with_dpa(const Person& who, const nlohmann::json& request);

  std::int64_t count(const std::string& sql);
  // A new session, after the clock has moved past the old one's end.
  void sign_in_again(Person& person);  // a single integer from the database

  static std::string path(std::int64_t id, const std::string& rest = "");
};

Headers with_cookie(const std::string& cookie, Headers extra = {});

}  // namespace anskaffa::testing
