// SPEC 4: requests waiting over 5 working days for a principal or a completion remind those who
// must act, once per waiting period; the queue shows how long each has waited.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <thread>

#include "server/workflow/reminders.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::fixture_now;
using anskaffa::testing::one_day;
using anskaffa::testing::with_cookie;
using anskaffa::testing::WorkflowFixture;
using anskaffa::workflow::send_due_reminders;
using nlohmann::json;

json list_item(WorkflowFixture& f, std::int64_t id) {
  const auto response = f.server.client().get("/api/v1/requests", with_cookie(f.reviewer.cookie));
  const json body = json::parse(response.body);
  for (const json& item : body.at("items")) {
    if (item.at("id") == id) return item;
  }
  FAIL("not listed");
  return {};
}

}  // namespace

TEST_CASE("a request waiting over 5 working days for its principal reminds the principal once",
          "[reminders]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));  // Thu 2026-05-28
  auto& database = f.server.database();
  // Fri, Mon, Tue, Wed, Thu: five working days, not over five.
  *f.now = fixture_now + 7 * one_day;
  CHECK(send_due_reminders(database, *f.now).empty());
  CHECK(list_item(f, id).at("waiting_days") == 5);
  CHECK(list_item(f, id).at("reminder_due") == false);
  // Fri 5 June: six, but 6 June (national day) is a Saturday anyway.
  *f.now = fixture_now + 8 * one_day;
  const auto notices = send_due_reminders(database, *f.now);
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].request_id == id);
  CHECK(notices[0].recipients == std::vector<std::int64_t>{f.principal_a.id});
  CHECK(list_item(f, id).at("reminder_due") == true);
  CHECK(send_due_reminders(database, *f.now + one_day).empty());  // once per waiting period
  const json view = f.view(f.owner, id);
  CHECK(view.at("timeline").back().at("action") == "remind");
  CHECK(view.at("timeline").back().at("by").is_null());
  CHECK(view.at("version") == 1);  // a reminder is not an action
  CHECK(f.count("SELECT count(*) FROM audit_log WHERE action = 'remind' AND user_id IS NULL") == 1);
}

TEST_CASE("a new waiting period in needs_completion reminds the owner again", "[reminders]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  *f.now = fixture_now + 8 * one_day;
  REQUIRE(send_due_reminders(f.server.database(), *f.now).size() == 1);
  REQUIRE(f.act_now(f.principal_a, id, "principal_approve").status == 200);
  REQUIRE(f.act_now(f.reviewer, id, "request_completion", {{"comment", "Mer info."}}).status ==
          200);
  CHECK(send_due_reminders(f.server.database(), *f.now).empty());
  *f.now += 10 * one_day;  // Fri 5 June to Mon 15 June: six working days
  const auto notices = send_due_reminders(f.server.database(), *f.now);
  REQUIRE(notices.size() == 1);
  CHECK(notices[0].state == "needs_completion");
  CHECK(notices[0].recipients == std::vector<std::int64_t>{f.owner.id});
}

TEST_CASE("requests in review are not reminded of", "[reminders]") {
  WorkflowFixture f;
  f.submitted(f.principal_a, f.valid_request(f.unit_a));  // in_review
  *f.now = fixture_now + 30 * one_day;
  CHECK(send_due_reminders(f.server.database(), *f.now).empty());
}

TEST_CASE("the sweeper runs at start and stops with its owner, telling the principal",
          "[reminders]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  *f.now = fixture_now + 10 * one_day;
  const std::string told =
      "SELECT count(*) FROM notifications WHERE kind = 'remind' AND user_id = " +
      std::to_string(f.principal_a.id) + " AND request_id = " + std::to_string(id);
  {
    auto now = f.now;
    anskaffa::workflow::ReminderSweeper sweeper(
        f.server.database(), [now] { return now->load(); }, std::chrono::milliseconds(20));
    for (int i = 0; i < 200 && f.count(told) == 0; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  CHECK(f.count(told) == 1);
}
