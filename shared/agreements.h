// The agreements register's rules (SPEC 5): an agreement's status on a given day, the order the
// register lists agreements in (those expiring within 90 days first), and the findings on a new
// agreement, a renewal and a termination. The server reads and writes the register; what an
// agreement's dates mean is decided here only.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "shared/date.h"
#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa {

enum class AgreementStatus { valid, expiring, expired, terminated, not_yet_valid };
std::string_view agreement_status_key(AgreementStatus status);
// Whether an agreement with this status key (as the API lists it) can be relied on today:
// valid, or valid and due for renewal.
bool in_force(std::string_view status_key);

// An agreement ending within this many days is listed first, as due for renewal (SPEC 5).
inline constexpr long expiring_window_days = 90;

// The current period of an agreement and its termination, if one is recorded.
struct AgreementPeriod {
  Date valid_from;
  Date valid_until;
  // The agreement is not valid from this day on; recorded ahead of time, it is valid until then.
  std::optional<Date> terminated_on;
};

// Whether a recorded termination has taken effect on day.
bool terminated_by(const std::optional<Date>& terminated_on, const Date& day);
// valid_until, or the day before the termination when that comes first.
Date last_valid_day(const AgreementPeriod& period);
bool valid_on(const AgreementPeriod& period, const Date& day);
AgreementStatus agreement_status(const AgreementPeriod& period, const Date& today);
// Days from today to the last valid day: negative once it has passed.
long days_left(const AgreementPeriod& period, const Date& today);
// Valid today and ending within days (0: ends today).
bool ends_within(const AgreementPeriod& period, const Date& today, long days);
// The register's order: expiring soonest first, then the valid by end, the not yet valid by
// start, and last the expired and terminated, most recently ended first. A strict weak order;
// equal agreements keep the caller's order under a stable sort.
bool listed_before(const AgreementPeriod& a, const AgreementPeriod& b, const Date& today);

// A termination is final: once one is recorded the agreement takes no renewal and no other
// termination (409 wrong_state).
inline bool takes_period_changes(const AgreementPeriod& period) {
  return !period.terminated_on.has_value();
}

// The kinds and service agreement routes of SPEC 5.
bool is_agreement_kind(std::string_view kind);
bool is_agreement_route(std::string_view route);

// A new agreement as its creator gave it, texts untrimmed. The field names are the body's.
struct AgreementDraft {
  std::string kind;
  std::string supplier_name;
  std::string reference;
  std::optional<std::string> route;
  std::string signed_on;
  std::string valid_from;
  std::string valid_until;
};

// A renewal's new period; its fields are reported as "renewal.signed_on" and so on.
struct RenewalDraft {
  std::string signed_on;
  std::string valid_from;
  std::string valid_until;
};

// Findings (errors only) on each; empty when acceptable.
Findings check_agreement_draft(const AgreementDraft& draft, Lang lang);
Findings check_renewal(const RenewalDraft& renewal, const Date& current_valid_from, Lang lang);
Findings check_termination(std::string_view terminated_on, Lang lang);
// An edit of a text field (reference, supplier_name) or of the route, for an agreement of kind.
Findings check_agreement_text(std::string_view field, std::string_view value, Lang lang);
Findings check_agreement_route(std::string_view kind, std::string_view route, Lang lang);

}  // namespace anskaffa
