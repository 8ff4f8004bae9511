#include "shared/agreements.h"

#include <algorithm>

#include "shared/utf8.h"

namespace anskaffa {
namespace {

constexpr std::size_t max_text_code_points = 200;

// The field's label is the agreement form's own ("agreement.field.valid_from"); a renewal's
// fields ("renewal.valid_from") share the labels of the agreement's.
Finding agreement_finding(Lang lang, std::string_view field, std::string_view code,
                          TextValues values = {}) {
  std::string_view base = field;
  if (const auto dot = base.rfind('.'); dot != std::string_view::npos) base.remove_prefix(dot + 1);
  values.emplace_back("label", std::string(text(lang, "agreement.field." + std::string(base))));
  return Finding{std::string(field), std::string(code), Severity::error,
                 format_text(lang, "finding." + std::string(code), values)};
}

// A required date: the finding on field, or nothing with the date.
std::optional<Date> read_date(Findings& findings, Lang lang, std::string_view field,
                              std::string_view value) {
  const std::string_view trimmed = trim(value);
  if (trimmed.empty()) {
    findings.push_back(agreement_finding(lang, field, "required"));
    return std::nullopt;
  }
  const auto date = parse_date(trimmed);
  if (!date) findings.push_back(agreement_finding(lang, field, "invalid_date"));
  return date;
}

void check_period(Findings& findings, Lang lang, std::string_view prefix,
                  std::string_view signed_on, std::string_view valid_from,
                  std::string_view valid_until, const std::optional<Date>& current_valid_from) {
  const std::string p(prefix);
  read_date(findings, lang, p + "signed_on", signed_on);
  const auto from = read_date(findings, lang, p + "valid_from", valid_from);
  const auto until = read_date(findings, lang, p + "valid_until", valid_until);
  if (from && until && *until < *from) {
    findings.push_back(agreement_finding(lang, p + "valid_until", "dates_out_of_order"));
  }
  if (from && current_valid_from && !(*current_valid_from < *from)) {
    findings.push_back(agreement_finding(lang, p + "valid_from", "renewal_not_later",
                                         {{"date", format_date(*current_valid_from)}}));
  }
}

// 0 expiring, 1 valid, 2 not yet valid, 3 expired or terminated.
int register_rank(AgreementStatus status) {
  switch (status) {
    case AgreementStatus::expiring:
      return 0;
    case AgreementStatus::valid:
      return 1;
    case AgreementStatus::not_yet_valid:
      return 2;
    case AgreementStatus::expired:
    case AgreementStatus::terminated:
      return 3;
  }
  return 3;
}

}  // namespace

bool in_force(std::string_view status_key) {
  return status_key == agreement_status_key(AgreementStatus::valid) ||
         status_key == agreement_status_key(AgreementStatus::expiring);
}

std::string_view agreement_status_key(AgreementStatus status) {
  switch (status) {
    case AgreementStatus::valid:
      return "valid";
    case AgreementStatus::expiring:
      return "expiring";
    case AgreementStatus::expired:
      return "expired";
    case AgreementStatus::terminated:
      return "terminated";
    case AgreementStatus::not_yet_valid:
      return "not_yet_valid";
  }
  return "";
}

bool terminated_by(const std::optional<Date>& terminated_on, const Date& day) {
  return terminated_on && *terminated_on <= day;
}

Date last_valid_day(const AgreementPeriod& period) {
  if (period.terminated_on) {
    const Date day_before = date_from_days(days_since_epoch(*period.terminated_on) - 1);
    return std::min(period.valid_until, day_before);
  }
  return period.valid_until;
}

bool valid_on(const AgreementPeriod& period, const Date& day) {
  return !terminated_by(period.terminated_on, day) && period.valid_from <= day &&
         day <= period.valid_until;
}

AgreementStatus agreement_status(const AgreementPeriod& period, const Date& today) {
  if (terminated_by(period.terminated_on, today)) return AgreementStatus::terminated;
  if (period.valid_until < today) return AgreementStatus::expired;
  if (today < period.valid_from) return AgreementStatus::not_yet_valid;
  return days_left(period, today) <= expiring_window_days ? AgreementStatus::expiring
                                                          : AgreementStatus::valid;
}

long days_left(const AgreementPeriod& period, const Date& today) {
  return days_between(today, last_valid_day(period));
}

bool ends_within(const AgreementPeriod& period, const Date& today, long days) {
  return valid_on(period, today) && days_left(period, today) <= days;
}

bool listed_before(const AgreementPeriod& a, const AgreementPeriod& b, const Date& today) {
  const int rank_a = register_rank(agreement_status(a, today));
  const int rank_b = register_rank(agreement_status(b, today));
  if (rank_a != rank_b) return rank_a < rank_b;
  switch (rank_a) {
    case 2:
      return a.valid_from < b.valid_from;
    case 3:
      return last_valid_day(b) < last_valid_day(a);
    default:
      return last_valid_day(a) < last_valid_day(b);
  }
}

bool is_agreement_kind(std::string_view kind) {
  return kind == "dpa" || kind == "service_agreement";
}

bool is_agreement_route(std::string_view route) {
  return route == "atea" || route == "gr_utbildning" || route == "direct_procurement";
}

Findings check_agreement_text(std::string_view field, std::string_view value, Lang lang) {
  const std::string_view trimmed = trim(value);
  if (trimmed.empty()) return {agreement_finding(lang, field, "required")};
  if (code_point_count(trimmed) > max_text_code_points) {
    return {agreement_finding(lang, field, "too_long",
                              {{"max", std::to_string(max_text_code_points)}})};
  }
  return {};
}

Findings check_agreement_route(std::string_view kind, std::string_view route, Lang lang) {
  const std::string_view trimmed = trim(route);
  if (kind == "dpa") {
    // A DPA is signed by the education board; it is bought through no route (SPEC 5).
    if (!trimmed.empty()) return {agreement_finding(lang, "route", "route_not_for_dpa")};
    return {};
  }
  if (trimmed.empty()) return {agreement_finding(lang, "route", "required")};
  if (!is_agreement_route(trimmed)) return {agreement_finding(lang, "route", "invalid_value")};
  return {};
}

Findings check_agreement_draft(const AgreementDraft& draft, Lang lang) {
  Findings findings;
  const std::string_view kind = trim(draft.kind);
  if (kind.empty()) {
    findings.push_back(agreement_finding(lang, "kind", "required"));
  } else if (!is_agreement_kind(kind)) {
    findings.push_back(agreement_finding(lang, "kind", "invalid_value"));
  }
  for (const auto& [field, value] :
       {std::pair<std::string_view, const std::string&>{"supplier_name", draft.supplier_name},
        {"reference", draft.reference}}) {
    const Findings text_findings = check_agreement_text(field, value, lang);
    findings.insert(findings.end(), text_findings.begin(), text_findings.end());
  }
  if (is_agreement_kind(kind)) {
    const Findings route = check_agreement_route(kind, draft.route.value_or(""), lang);
    findings.insert(findings.end(), route.begin(), route.end());
  }
  check_period(findings, lang, "", draft.signed_on, draft.valid_from, draft.valid_until,
               std::nullopt);
  return findings;
}

Findings check_renewal(const RenewalDraft& renewal, const Date& current_valid_from, Lang lang) {
  Findings findings;
  check_period(findings, lang, "renewal.", renewal.signed_on, renewal.valid_from,
               renewal.valid_until, current_valid_from);
  return findings;
}

Findings check_termination(std::string_view terminated_on, Lang lang) {
  Findings findings;
  read_date(findings, lang, "terminated_on", terminated_on);
  return findings;
}

}  // namespace anskaffa
