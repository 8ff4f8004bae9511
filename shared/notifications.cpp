#include "shared/notifications.h"

#include <algorithm>

namespace anskaffa {
namespace {

using enum Audience;

constexpr Audience to_principals[] = {unit_principals};
constexpr Audience to_review[] = {assignee_or_reviewers};
constexpr Audience to_requester[] = {requester};
constexpr Audience on_principal_approval[] = {requester, unit_principals, assignee_or_reviewers};
constexpr Audience on_decision[] = {requester, unit_principals};
constexpr Audience on_dpa_required[] = {requester, infosec};
constexpr Audience on_approval[] = {requester, unit_principals, register_holder};
constexpr Audience on_order[] = {requester, register_holder};
constexpr Audience on_withdrawal_from_review[] = {requester, assignee_or_reviewers};
constexpr Audience on_comment[] = {requester, assignee_or_reviewers};

bool same_address(std::string_view a, std::string_view b) {
  return !a.empty() && std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
    return lower(x) == lower(y);
  });
}

bool same_person(const Recipient& a, const Recipient& b) {
  return (a.user_id && a.user_id == b.user_id) || same_address(a.email, b.email);
}

}  // namespace

std::string_view audience_key(Audience audience) {
  switch (audience) {
    case requester:
      return "requester";
    case unit_principals:
      return "unit_principals";
    case register_holder:
      return "register_holder";
    case assignee_or_reviewers:
      return "assignee_or_reviewers";
    case infosec:
      return "infosec";
  }
  return "requester";
}

std::span<const Audience> audiences_of_action(Action action, State from, State to) {
  switch (action) {
    case Action::submit:
      return to == State::awaiting_principal ? std::span<const Audience>(to_principals)
                                             : std::span<const Audience>(to_review);
    case Action::principal_approve:
      return on_principal_approval;
    case Action::principal_decline:
    case Action::reject:
    case Action::allow_direct_purchase:
      return on_decision;
    case Action::assign:
    case Action::resubmit:
    case Action::record_dpa:
      return to_review;
    case Action::request_completion:
      return to_requester;
    case Action::require_dpa:
      return on_dpa_required;
    case Action::approve:
      return on_approval;
    case Action::mark_ordered:
      return on_order;
    case Action::withdraw:
      // Before the principal has approved, review has not yet seen the request.
      return from == State::awaiting_principal
                 ? std::span<const Audience>(on_decision)
                 : std::span<const Audience>(on_withdrawal_from_review);
    case Action::comment:
      return on_comment;
  }
  return {};
}

std::span<const Audience> audiences_of_reminder(State state) {
  switch (state) {
    case State::awaiting_principal:
      return to_principals;
    case State::needs_completion:
      return to_requester;
    default:
      return {};
  }
}

std::vector<Recipient> recipients_told(const std::vector<Recipient>& candidates,
                                       std::optional<std::int64_t> actor_id,
                                       std::string_view actor_email) {
  const Recipient actor{actor_id, std::string(actor_email)};
  std::vector<Recipient> told;
  for (const Recipient& candidate : candidates) {
    if (same_person(candidate, actor)) continue;
    const auto known = std::find_if(told.begin(), told.end(),
                                    [&](const Recipient& r) { return same_person(r, candidate); });
    if (known == told.end()) {
      told.push_back(candidate);
      continue;
    }
    // One person named twice (an account, and the same address as register holder): one
    // notice, with whatever each naming knew.
    if (!known->user_id) known->user_id = candidate.user_id;
    if (known->email.empty()) known->email = candidate.email;
  }
  return told;
}

}  // namespace anskaffa
