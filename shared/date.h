// Calendar dates without a clock: the core is given "today" by its caller (the server's clock
// or the browser's), never reads it itself.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace anskaffa {

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;
};

// Parses exactly "YYYY-MM-DD" of a real calendar day; anything else is nullopt.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(const Date& date);

// Days since 1970-01-01 (negative before), for differences between dates.
long days_since_epoch(const Date& date);
Date date_from_days(long days);
inline long days_between(const Date& from, const Date& to) {
  return days_since_epoch(to) - days_since_epoch(from);
}

}  // namespace anskaffa
