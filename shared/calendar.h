// Working days in Sweden: requests waiting over 5 working days remind those who must act
// (SPEC 4), and the review queue shows waiting time. Weekends and Swedish public holidays do
// not count, nor midsummer, Christmas and New Year's Eve, when schools and offices are closed.
#pragma once

#include "shared/date.h"
#include "shared/workflow.h"

namespace anskaffa {

bool is_working_day(const Date& date);

// Working days after `from` up to and including `to`; 0 when to is not after from.
int working_days_between(const Date& from, const Date& to);

// Requests wait this many working days for a principal or a completion before a reminder.
inline constexpr int reminder_after_working_days = 5;

// Whether a request in state since state_since has waited long enough to remind someone.
bool needs_reminder(State state, const Date& state_since, const Date& today);

}  // namespace anskaffa
