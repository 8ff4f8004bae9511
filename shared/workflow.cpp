#include "shared/workflow.h"

namespace anskaffa {
namespace {

using enum State;

constexpr State all_state_values[] = {
    awaiting_principal, in_review, needs_completion,       dpa_pending, approved, ordered, rejected,
    declined,           withdrawn, direct_purchase_allowed};
constexpr Action all_action_values[] = {Action::submit,
                                        Action::principal_approve,
                                        Action::principal_decline,
                                        Action::assign,
                                        Action::request_completion,
                                        Action::resubmit,
                                        Action::require_dpa,
                                        Action::record_dpa,
                                        Action::approve,
                                        Action::reject,
                                        Action::allow_direct_purchase,
                                        Action::mark_ordered,
                                        Action::withdraw,
                                        Action::comment};

constexpr State from_awaiting_principal[] = {awaiting_principal};
constexpr State from_in_review[] = {in_review};
constexpr State from_review_or_dpa[] = {in_review, dpa_pending};
constexpr State from_needs_completion[] = {needs_completion};
constexpr State from_dpa_pending[] = {dpa_pending};
constexpr State from_approved[] = {approved};
constexpr State from_any[] = {
    awaiting_principal, in_review, needs_completion,       dpa_pending, approved, ordered, rejected,
    declined,           withdrawn, direct_purchase_allowed};
constexpr std::span<const State> any_open = {};

// SPEC 4's table, row by row.
constexpr Transition transitions[] = {
    {Action::principal_approve, Actor::unit_principal, from_awaiting_principal, in_review, true},
    {Action::principal_decline, Actor::unit_principal, from_awaiting_principal, declined, true},
    {Action::assign, Actor::reviewer, any_open, std::nullopt, true},
    {Action::request_completion, Actor::reviewer, from_review_or_dpa, needs_completion, true},
    {Action::resubmit, Actor::owner, from_needs_completion, in_review},
    {Action::require_dpa, Actor::reviewer, from_in_review, dpa_pending, true},
    {Action::record_dpa, Actor::infosec_or_reviewer, from_dpa_pending, in_review, true},
    {Action::approve, Actor::reviewer, from_in_review, approved, true},
    {Action::reject, Actor::reviewer, from_review_or_dpa, rejected, true},
    {Action::allow_direct_purchase, Actor::reviewer, from_in_review, direct_purchase_allowed, true},
    {Action::mark_ordered, Actor::reviewer, from_approved, ordered, true},
    // The owner withdraws; a reviewer may too, for a request left in completion (permissions).
    {Action::withdraw, Actor::owner, any_open, withdrawn},
    {Action::comment, Actor::anyone_who_sees, from_any, std::nullopt},
};

}  // namespace

std::span<const State> all_states() { return all_state_values; }
std::span<const Action> all_actions() { return all_action_values; }

std::string_view state_key(State state) {
  switch (state) {
    case awaiting_principal:
      return "awaiting_principal";
    case in_review:
      return "in_review";
    case needs_completion:
      return "needs_completion";
    case dpa_pending:
      return "dpa_pending";
    case approved:
      return "approved";
    case ordered:
      return "ordered";
    case rejected:
      return "rejected";
    case declined:
      return "declined";
    case withdrawn:
      return "withdrawn";
    case direct_purchase_allowed:
      return "direct_purchase_allowed";
  }
  return "awaiting_principal";
}

std::string_view action_key(Action action) {
  switch (action) {
    case Action::submit:
      return "submit";
    case Action::principal_approve:
      return "principal_approve";
    case Action::principal_decline:
      return "principal_decline";
    case Action::assign:
      return "assign";
    case Action::request_completion:
      return "request_completion";
    case Action::resubmit:
      return "resubmit";
    case Action::require_dpa:
      return "require_dpa";
    case Action::record_dpa:
      return "record_dpa";
    case Action::approve:
      return "approve";
    case Action::reject:
      return "reject";
    case Action::allow_direct_purchase:
      return "allow_direct_purchase";
    case Action::mark_ordered:
      return "mark_ordered";
    case Action::withdraw:
      return "withdraw";
    case Action::comment:
      return "comment";
  }
  return "comment";
}

std::optional<State> parse_state(std::string_view key) {
  for (State state : all_state_values) {
    if (state_key(state) == key) return state;
  }
  return std::nullopt;
}

std::optional<Action> parse_action(std::string_view key) {
  for (Action action : all_action_values) {
    if (action_key(action) == key) return action;
  }
  return std::nullopt;
}

bool is_open(State state) {
  return state == awaiting_principal || state == in_review || state == needs_completion ||
         state == dpa_pending;
}

const Transition* find_transition(Action action) {
  for (const Transition& t : transitions) {
    if (t.action == action) return &t;
  }
  return nullptr;
}

}  // namespace anskaffa
