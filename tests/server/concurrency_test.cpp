// SPEC 4 and 6 under concurrency: two edits of one version, one Idempotency-Key sent twice (also
// at once), and the same key from two users.
#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>
#include <vector>

#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Headers;
using anskaffa::testing::Response;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;

// Runs each function on its own thread, released together.
std::vector<Response> at_once(const std::vector<std::function<Response()>>& calls) {
  std::vector<Response> responses(calls.size());
  std::atomic<int> ready = 0;
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < calls.size(); ++i) {
    threads.emplace_back([&, i] {
      ++ready;
      while (ready.load() < static_cast<int>(calls.size())) std::this_thread::yield();
      responses[i] = calls[i]();
    });
  }
  for (std::thread& t : threads) t.join();
  return responses;
}

}  // namespace

TEST_CASE("two concurrent edits of one version: exactly one 200, the other 409", "[concurrency]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  REQUIRE(f.act_now(f.reviewer, id, "request_completion", {{"comment", "Komplettera."}}).status ==
          200);
  const std::int64_t version = f.version(id);
  for (int round = 0; round < 5; ++round) {
    const std::int64_t current = version + round;
    json first = f.valid_request(f.unit_a);
    first["description"] = "Första versionen av beskrivningen, runda " + std::to_string(round);
    json second = f.valid_request(f.unit_a);
    second["description"] = "Andra versionen av beskrivningen, runda " + std::to_string(round);
    const auto responses = at_once({
        [&] {
          return f.put(f.principal_a, id, {{"version", current}, {"request", first}});
        },
        [&] {
          return f.put(f.principal_a, id, {{"version", current}, {"request", second}});
        },
    });
    std::vector<int> statuses = {responses[0].status, responses[1].status};
    std::sort(statuses.begin(), statuses.end());
    CHECK(statuses == std::vector<int>{200, 409});
    CHECK(f.version(id) == current + 1);
  }
}

TEST_CASE("two concurrent actions on one version: exactly one succeeds", "[concurrency]") {
  WorkflowFixture f;
  const std::int64_t id = f.submitted(f.owner, f.valid_request(f.unit_a));
  const auto responses = at_once({
      [&] {
        return f.act(f.principal_a, id, {{"action", "principal_approve"}, {"version", 1}});
      },
      [&] {
        return f.act(f.owner, id, {{"action", "comment"}, {"version", 1}, {"comment", "Hej"}});
      },
      [&] {
        return f.act(f.owner, id, {{"action", "withdraw"}, {"version", 1}});
      },
  });
  int ok = 0;
  for (const Response& r : responses) {
    if (r.status == 200)
      ++ok;
    else
      CHECK(r.status == 409);
  }
  CHECK(ok == 1);
  CHECK(f.version(id) == 2);
  CHECK(f.count("SELECT count(*) FROM request_events") == 2);
}

TEST_CASE("the same Idempotency-Key twice gives the first answer and one request",
          "[concurrency]") {
  WorkflowFixture f;
  const Headers key = {{"Idempotency-Key", "7f1c2a9e-draft-1"}};
  const Response first = f.submit(f.owner, f.valid_request(f.unit_a), key);
  REQUIRE(first.status == 201);
  const Response again = f.submit(f.owner, f.valid_request(f.unit_a), key);
  CHECK(again.status == 201);
  CHECK(again.body == first.body);
  CHECK(f.count("SELECT count(*) FROM requests") == 1);
  // A new key is a new request.
  CHECK(f.submit(f.owner, f.valid_request(f.unit_a), {{"Idempotency-Key", "other"}}).status == 201);
  CHECK(f.count("SELECT count(*) FROM requests") == 2);
  // A key that is not printable ASCII is refused.
  CHECK(f.submit(f.owner, f.valid_request(f.unit_a), {{"Idempotency-Key", std::string(300, 'k')}})
            .status == 400);
}

TEST_CASE("the same Idempotency-Key sent concurrently creates one request", "[concurrency]") {
  WorkflowFixture f;
  const Headers key = {{"Idempotency-Key", "samtidig-nyckel"}};
  std::vector<std::function<Response()>> calls(
      6, [&] { return f.submit(f.owner, f.valid_request(f.unit_a), key); });
  const auto responses = at_once(calls);
  for (const Response& r : responses) {
    CHECK(r.status == 201);
    CHECK(r.body == responses[0].body);
  }
  CHECK(f.count("SELECT count(*) FROM requests") == 1);
}

TEST_CASE("another user with the same Idempotency-Key gets a request of their own",
          "[concurrency]") {
  WorkflowFixture f;
  const Headers key = {{"Idempotency-Key", "delad-nyckel"}};
  const Response mine = f.submit(f.owner, f.valid_request(f.unit_a), key);
  const Response theirs = f.submit(f.other, f.valid_request(f.unit_b), key);
  REQUIRE(mine.status == 201);
  REQUIRE(theirs.status == 201);
  CHECK(json::parse(mine.body).at("id") != json::parse(theirs.body).at("id"));
  CHECK(f.count("SELECT count(*) FROM requests") == 2);
}

TEST_CASE("concurrent submissions get distinct running case numbers", "[concurrency]") {
  WorkflowFixture f;
  std::vector<std::function<Response()>> calls(
      8, [&] { return f.submit(f.owner, f.valid_request(f.unit_a)); });
  const auto responses = at_once(calls);
  std::vector<std::string> numbers;
  for (const Response& r : responses) {
    REQUIRE(r.status == 201);
    numbers.push_back(json::parse(r.body).at("case_number").get<std::string>());
  }
  std::sort(numbers.begin(), numbers.end());
  CHECK(numbers.front() == "ANS-2026-0001");
  CHECK(numbers.back() == "ANS-2026-0008");
  CHECK(std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end());
}
