// SPEC 4: reminders after 5 working days, counted on the Swedish calendar.
#include <catch2/catch.hpp>

#include "shared/calendar.h"

using namespace anskaffa;

TEST_CASE("weekends and Swedish public holidays are not working days") {
  CHECK(is_working_day({2026, 11, 27}));        // a Friday
  CHECK_FALSE(is_working_day({2026, 11, 28}));  // Saturday
  CHECK_FALSE(is_working_day({2026, 11, 29}));  // Sunday
  CHECK_FALSE(is_working_day({2026, 4, 3}));    // långfredagen 2026
  CHECK_FALSE(is_working_day({2026, 4, 6}));    // annandag påsk 2026
  CHECK_FALSE(is_working_day({2026, 5, 14}));   // Kristi himmelsfärd 2026
  CHECK_FALSE(is_working_day({2026, 6, 19}));   // midsommarafton 2026
  CHECK_FALSE(is_working_day({2027, 6, 25}));   // midsommarafton 2027
  CHECK_FALSE(is_working_day({2026, 12, 24}));
  CHECK_FALSE(is_working_day({2027, 1, 6}));
  CHECK(is_working_day({2026, 6, 18}));
  CHECK(is_working_day({2026, 4, 7}));
}

TEST_CASE("working days are counted after the start, up to and including the end") {
  CHECK(working_days_between({2026, 11, 23}, {2026, 11, 23}) == 0);
  CHECK(working_days_between({2026, 11, 23}, {2026, 11, 27}) == 4);
  CHECK(working_days_between({2026, 11, 27}, {2026, 11, 30}) == 1);  // over a weekend
  CHECK(working_days_between({2026, 12, 23}, {2027, 1, 7}) == 6);    // over Christmas
  CHECK(working_days_between({2026, 11, 30}, {2026, 11, 23}) == 0);
}

TEST_CASE("a request waiting over 5 working days for a principal or a completion reminds") {
  const Date monday{2026, 11, 23};
  CHECK_FALSE(needs_reminder(State::awaiting_principal, monday, {2026, 11, 30}));  // 5 days
  CHECK(needs_reminder(State::awaiting_principal, monday, {2026, 12, 1}));         // 6 days
  CHECK(needs_reminder(State::needs_completion, monday, {2026, 12, 1}));
  CHECK_FALSE(needs_reminder(State::in_review, monday, {2026, 12, 1}));
  CHECK_FALSE(needs_reminder(State::approved, monday, {2027, 12, 1}));
}
