// The workflow of SPEC 4 as data: the states a request passes through, the actions that move
// it, who may take each, from where, and where it leads. permissions.h holds the one function
// that applies this table to a user and a request.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace anskaffa {

enum class State {
  awaiting_principal,
  in_review,
  needs_completion,
  dpa_pending,
  approved,
  ordered,
  rejected,
  declined,
  withdrawn,
  direct_purchase_allowed,
};

enum class Action {
  submit,
  principal_approve,
  principal_decline,
  assign,
  request_completion,
  resubmit,
  require_dpa,
  record_dpa,
  approve,
  reject,
  allow_direct_purchase,
  mark_ordered,
  withdraw,
  comment,
};

std::span<const State> all_states();
std::span<const Action> all_actions();
std::string_view state_key(State state);
std::string_view action_key(Action action);
std::optional<State> parse_state(std::string_view key);
std::optional<Action> parse_action(std::string_view key);

// The open states: a request there still waits for someone.
bool is_open(State state);

// Who may take an action on a request (SPEC 4's "by" column).
enum class Actor {
  owner,                // the account that submitted it
  unit_principal,       // a principal of the request's unit
  reviewer,             // DI
  infosec_or_reviewer,  // the security coordinator or DI
  anyone_who_sees,      // everyone who can see the request
};

struct Transition {
  Action action;
  Actor actor;
  std::span<const State> from;  // empty: any open state
  std::optional<State> to;      // nullopt: unchanged
  bool decides = false;  // reserved for reviewers and the security coordinator: never on one's own
};

// The row for an action. submit has none: a draft is not yet a request (see permissions.h).
const Transition* find_transition(Action action);

}  // namespace anskaffa
