#include <catch2/catch.hpp>

#include "shared/date.h"

using namespace anskaffa;

TEST_CASE("a date is exactly YYYY-MM-DD of a real calendar day") {
  CHECK(parse_date("2026-02-28") == Date{2026, 2, 28});
  CHECK(parse_date("2028-02-29") == Date{2028, 2, 29});
  CHECK_FALSE(parse_date("2026-02-29"));
  CHECK_FALSE(parse_date("1900-02-29"));
  CHECK(parse_date("2000-02-29"));
  CHECK_FALSE(parse_date("2026-13-01"));
  CHECK_FALSE(parse_date("2026-00-10"));
  CHECK_FALSE(parse_date("2026-04-31"));
  CHECK_FALSE(parse_date("2026-4-01"));
  CHECK_FALSE(parse_date("26-04-01"));
  CHECK_FALSE(parse_date("2026/04/01"));
  CHECK_FALSE(parse_date("2026-04-01T00:00"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("days between dates count calendar days across months and leap years") {
  CHECK(days_between({2026, 1, 15}, {2026, 1, 29}) == 14);
  CHECK(days_between({2024, 2, 28}, {2024, 3, 1}) == 2);
  CHECK(days_between({2026, 1, 1}, {2025, 12, 31}) == -1);
  CHECK(days_since_epoch({1970, 1, 1}) == 0);
  for (long day = -800000; day <= 800000; day += 997) {
    CHECK(days_since_epoch(date_from_days(day)) == day);
  }
  CHECK(format_date({2026, 3, 9}) == "2026-03-09");
}
