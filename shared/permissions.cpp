#include "shared/permissions.h"

#include <algorithm>

#include "shared/risk.h"
#include "shared/utf8.h"

namespace anskaffa {
namespace {

bool is_owner(const User& user, const RequestFacts& request) { return user.id == request.owner_id; }

std::int64_t unit_of(const RequestFacts& request) {
  return request.request.integer("unit_id").value_or(0);
}

// A reviewer withdrawing someone else's request left in completion (SPEC 4's withdraw row).
bool is_reviewer_withdrawal(const User& user, Action action, const RequestFacts& request) {
  return action == Action::withdraw && !is_owner(user, request) && user.has(Role::reviewer);
}

bool actor_may(const User& user, const Transition& t, const RequestFacts& request) {
  if (t.decides && is_owner(user, request)) return false;  // nobody decides on their own request
  switch (t.actor) {
    case Actor::owner:
      return is_owner(user, request) || is_reviewer_withdrawal(user, t.action, request);
    case Actor::unit_principal:
      return user.principal_of(unit_of(request));
    case Actor::reviewer:
      return user.has(Role::reviewer);
    case Actor::infosec_or_reviewer:
      return user.has(Role::infosec) || user.has(Role::reviewer);
    case Actor::anyone_who_sees:
      return true;
  }
  return false;
}

bool state_allows(const User& user, const Transition& t, const RequestFacts& request) {
  if (is_reviewer_withdrawal(user, t.action, request)) {
    return request.state == State::needs_completion;
  }
  if (t.from.empty()) return is_open(request.state);
  return std::find(t.from.begin(), t.from.end(), request.state) != t.from.end();
}

bool agreement_valid(const std::optional<AgreementFacts>& agreement, AgreementFacts::Kind kind,
                     const Date& today) {
  return agreement && agreement->kind == kind && !agreement->terminated &&
         agreement->valid_from <= today && today <= agreement->valid_until;
}

// Preconditions that the request and its context decide: no field of the action can meet them.
std::string context_precondition(const User& user, Action action, const RequestFacts& request,
                                 const WorkflowContext& context) {
  switch (action) {
    case Action::resubmit:
      if (request.has_error_findings) return "invalid_request";
      break;
    case Action::approve:
      if (dpa_required(request.request) && !context.dpa_valid) return "dpa_missing";
      break;
    case Action::allow_direct_purchase:
      if (request_kind(request.request) != RequestKind::book_assessment) {
        return "not_book_assessment";
      }
      if (dpa_required(request.request)) return "dpa_required";
      break;
    case Action::withdraw:
      if (is_reviewer_withdrawal(user, action, request) &&
          days_between(request.state_since, context.today) <= abandoned_after_days) {
        return "not_abandoned";
      }
      break;
    default:
      break;
  }
  return {};
}

std::string record_dpa_precondition(const ActionInput& input, const WorkflowContext& context) {
  if (input.agreement_id) {
    return agreement_valid(context.referenced_agreement, AgreementFacts::Kind::dpa, context.today)
               ? ""
               : "agreement_not_valid";
  }
  if (trim(input.reference).empty() || trim(input.signed_on).empty() ||
      trim(input.valid_from).empty() || trim(input.valid_until).empty()) {
    return "dpa_details_required";
  }
  const auto signed_on = parse_date(trim(input.signed_on));
  const auto from = parse_date(trim(input.valid_from));
  const auto until = parse_date(trim(input.valid_until));
  if (!signed_on || !from || !until) return "invalid_date";
  if (*until < *from || *until < context.today || context.today < *signed_on) {
    return "dpa_dates_invalid";
  }
  return {};
}

// Preconditions on what the action carries.
std::string input_precondition(const User& user, const ActionInput& input,
                               const RequestFacts& request, const WorkflowContext& context) {
  const bool has_comment = !trim(input.comment).empty();
  switch (input.action) {
    case Action::principal_decline:
    case Action::request_completion:
    case Action::reject:
    case Action::comment:
      if (!has_comment) return "comment_required";
      break;
    case Action::withdraw:
      if (is_reviewer_withdrawal(user, input.action, request) && !has_comment) {
        return "comment_required";
      }
      break;
    case Action::assign:
      if (input.assignee && *input.assignee != user.id && !context.assignee_is_reviewer) {
        return "assignee_not_reviewer";
      }
      break;
    case Action::record_dpa:
      return record_dpa_precondition(input, context);
    case Action::approve:
      if (assess_risk(request.request, Lang::sv).level == RiskLevel::high && !has_comment) {
        return "comment_required";
      }
      break;
    case Action::mark_ordered:
      if (request.request.is("cost_model", "paid") && trim(input.order_reference).empty()) {
        return "order_reference_required";
      }
      if (input.service_agreement_id) {
        if (!agreement_valid(context.referenced_agreement, AgreementFacts::Kind::service_agreement,
                             context.today)) {
          return "service_agreement_not_valid";
        }
      } else if (!context.service_agreement_valid) {
        return "service_agreement_required";
      }
      break;
    default:
      break;
  }
  return {};
}

Decision refuse(Refusal refusal, std::string code = {}) {
  if (code.empty()) code = std::string(refusal_key(refusal));
  return {refusal, std::move(code), std::nullopt};
}

// The checks that do not depend on what the action carries, in SPEC 1's order.
Decision check_request(const User& user, Action action, std::int64_t version,
                       const RequestFacts& request, const WorkflowContext& context) {
  if (!can_see(user, request)) return refuse(Refusal::not_visible);
  const Transition* t = find_transition(action);
  if (t == nullptr) return refuse(Refusal::wrong_state);  // submit: a request is past it
  if (!actor_may(user, *t, request)) return refuse(Refusal::not_allowed);
  if (version != request.version) return refuse(Refusal::stale_version);
  if (!state_allows(user, *t, request)) return refuse(Refusal::wrong_state);
  if (auto code = context_precondition(user, action, request, context); !code.empty()) {
    return refuse(Refusal::precondition, code);
  }
  return {Refusal::none, {}, t->to};
}

}  // namespace

std::string_view refusal_key(Refusal refusal) {
  switch (refusal) {
    case Refusal::none:
      return "allowed";
    case Refusal::not_visible:
      return "not_visible";
    case Refusal::not_allowed:
      return "not_allowed";
    case Refusal::stale_version:
      return "stale_version";
    case Refusal::wrong_state:
      return "wrong_state";
    case Refusal::precondition:
      return "precondition";
  }
  return "not_allowed";
}

int refusal_http_status(Refusal refusal) {
  switch (refusal) {
    case Refusal::none:
      return 200;
    case Refusal::not_visible:
      return 404;
    case Refusal::not_allowed:
      return 403;
    case Refusal::stale_version:
    case Refusal::wrong_state:
      return 409;
    case Refusal::precondition:
      return 422;
  }
  return 403;
}

bool can_see(const User& user, const RequestFacts& request) {
  return is_owner(user, request) || user.has(Role::reviewer) || user.has(Role::infosec) ||
         user.principal_of(unit_of(request));
}

Decision can(const User& user, const ActionInput& input, const RequestFacts& request,
             const WorkflowContext& context) {
  Decision decision = check_request(user, input.action, input.version, request, context);
  if (!decision.allowed()) return decision;
  if (auto code = input_precondition(user, input, request, context); !code.empty()) {
    return refuse(Refusal::precondition, code);
  }
  if (input.action == Action::withdraw) decision.to = State::withdrawn;
  return decision;
}

Decision can_submit(const User& user, const Request& draft, bool has_error_findings) {
  if (!user.has(Role::requester) && !user.has(Role::principal)) {
    return refuse(Refusal::not_allowed);
  }
  if (has_error_findings) return refuse(Refusal::precondition, "invalid_request");
  const bool own_unit = user.principal_of(draft.integer("unit_id").value_or(0));
  return {Refusal::none, {}, own_unit ? State::in_review : State::awaiting_principal};
}

std::vector<Action> allowed_actions(const User& user, const RequestFacts& request,
                                    const WorkflowContext& context) {
  std::vector<Action> actions;
  for (Action action : all_actions()) {
    if (check_request(user, action, request.version, request, context).allowed()) {
      actions.push_back(action);
    }
  }
  return actions;
}

}  // namespace anskaffa
