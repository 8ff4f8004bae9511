#include "shared/calendar.h"

namespace anskaffa {
namespace {

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
Date easter_sunday(int year) {
  const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return {year, month, day};
}

// 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday.
int weekday(const Date& date) {
  const long days = days_since_epoch(date);
  return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

// The Saturday from 20 to 26 June is midsummer day; its eve is the Friday before.
bool is_midsummer_eve(const Date& date) {
  return date.month == 6 && date.day >= 19 && date.day <= 25 && weekday(date) == 4;
}

bool is_holiday(const Date& date) {
  const int md = date.month * 100 + date.day;
  switch (md) {
    case 101:   // nyårsdagen
    case 106:   // trettondedag jul
    case 501:   // första maj
    case 606:   // nationaldagen
    case 1224:  // julafton
    case 1225:  // juldagen
    case 1226:  // annandag jul
    case 1231:  // nyårsafton
      return true;
    default:
      break;
  }
  if (is_midsummer_eve(date)) return true;
  const long easter = days_since_epoch(easter_sunday(date.year));
  const long day = days_since_epoch(date);
  // långfredagen, annandag påsk, Kristi himmelsfärdsdag
  return day == easter - 2 || day == easter + 1 || day == easter + 39;
}

}  // namespace

bool is_working_day(const Date& date) { return weekday(date) < 5 && !is_holiday(date); }

int working_days_between(const Date& from, const Date& to) {
  int count = 0;
  for (long day = days_since_epoch(from) + 1; day <= days_since_epoch(to); ++day) {
    if (is_working_day(date_from_days(day))) ++count;
  }
  return count;
}

bool needs_reminder(State state, const Date& state_since, const Date& today) {
  return (state == State::awaiting_principal || state == State::needs_completion) &&
         working_days_between(state_since, today) > reminder_after_working_days;
}

}  // namespace anskaffa
