// The statistics' arithmetic: stages, days to a decision, medians and age bands.
#include <catch2/catch.hpp>

#include "shared/lead_times.h"

namespace anskaffa {
namespace {

Date on(const char* text) { return *parse_date(text); }

}  // namespace

TEST_CASE("lead times: the stages a request has left, with their days", "[lead_times]") {
  const StateEntry history[] = {
      {State::awaiting_principal, on("2026-03-02")}, {State::in_review, on("2026-03-04")},
      {State::needs_completion, on("2026-03-10")},   {State::in_review, on("2026-03-20")},
      {State::approved, on("2026-03-31")},           {State::ordered, on("2026-04-02")},
  };
  const auto stages = completed_stages(history);
  REQUIRE(stages.size() == 4);
  CHECK(stages[0].stage == State::awaiting_principal);
  CHECK(stages[0].days() == 2);
  CHECK(stages[1].stage == State::in_review);
  CHECK(stages[1].days() == 6);
  CHECK(stages[2].stage == State::needs_completion);
  CHECK(stages[2].days() == 10);
  CHECK(stages[3].stage == State::in_review);
  CHECK(stages[3].days() == 11);
  // Submission to approval, across the month's end; the order afterwards does not count.
  CHECK(days_to_decision(history) == 29);
}

TEST_CASE("lead times: a stage still open is not a completed one", "[lead_times]") {
  const StateEntry history[] = {{State::awaiting_principal, on("2026-03-02")},
                                {State::in_review, on("2026-03-04")}};
  const auto stages = completed_stages(history);
  REQUIRE(stages.size() == 1);
  CHECK(stages[0].stage == State::awaiting_principal);
  CHECK_FALSE(days_to_decision(history));
  CHECK(completed_stages({}).empty());
  CHECK_FALSE(days_to_decision({}));
}

TEST_CASE("lead times: a withdrawal decides nothing, a decline does", "[lead_times]") {
  const StateEntry withdrawn[] = {{State::awaiting_principal, on("2026-01-05")},
                                  {State::withdrawn, on("2026-01-09")}};
  CHECK_FALSE(days_to_decision(withdrawn));
  CHECK(completed_stages(withdrawn).size() == 1);
  const StateEntry declined[] = {{State::awaiting_principal, on("2026-01-05")},
                                 {State::declined, on("2026-01-09")}};
  CHECK(days_to_decision(declined) == 4);
  const StateEntry direct[] = {{State::in_review, on("2026-01-05")},
                               {State::direct_purchase_allowed, on("2026-01-05")}};
  CHECK(days_to_decision(direct) == 0);
  for (const State state : all_states()) {
    INFO(state_key(state));
    CHECK(is_decision(state) ==
          (state == State::approved || state == State::rejected || state == State::declined ||
           state == State::direct_purchase_allowed));
  }
}

TEST_CASE("lead times: median of odd and even counts, none of nothing", "[lead_times]") {
  CHECK_FALSE(median({}));
  CHECK(median({7}) == 7.0);
  CHECK(median({9, 1, 5}) == 5.0);
  CHECK(median({10, 2, 4, 8}) == 6.0);
  CHECK(median({3, 4}) == 3.5);
}

TEST_CASE("lead times: waiting ages fall in the review queue's bands", "[lead_times]") {
  CHECK(age_band(0) == "0-5");
  CHECK(age_band(5) == "0-5");
  CHECK(age_band(6) == "6-10");
  CHECK(age_band(10) == "6-10");
  CHECK(age_band(11) == "11-20");
  CHECK(age_band(20) == "11-20");
  CHECK(age_band(21) == "21+");
  CHECK(age_band(400) == "21+");
}

}  // namespace anskaffa
