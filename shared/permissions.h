// can(user, action, request, context): the one function that decides every permission in
// Anskaffa (SPEC 1, 4). The server asks it before every action and the app asks it to show
// only the actions that will work. It answers with the first reason that applies, in SPEC 1's
// order: not_visible, not_allowed, stale_version or wrong_state, then a precondition's code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/date.h"
#include "shared/request.h"
#include "shared/user.h"
#include "shared/workflow.h"

namespace anskaffa {

// What the store knows of a submitted request.
struct RequestFacts {
  std::int64_t id = 0;
  std::int64_t owner_id = 0;
  State state = State::awaiting_principal;
  std::int64_t version = 1;
  Date state_since;  // when it entered its current state
  std::optional<std::int64_t> assignee;
  Request request;                  // its fields, as last saved
  bool has_error_findings = false;  // as validated at its reference date
};

// An agreement an action refers to, as the store has it.
struct AgreementFacts {
  enum class Kind { dpa, service_agreement } kind = Kind::dpa;
  Date valid_from;
  Date valid_until;
  bool terminated = false;
};

// What an action carries besides its name (SPEC 4's fields column).
struct ActionInput {
  Action action = Action::comment;
  std::int64_t version = 0;
  std::string comment;
  std::optional<std::int64_t> assignee;
  // record_dpa: an existing agreement, or the details of a new one.
  std::optional<std::int64_t> agreement_id;
  std::string reference;
  std::string signed_on;
  std::string valid_from;
  std::string valid_until;
  std::optional<std::int64_t> attachment_id;
  // approve
  std::string conditions;
  // mark_ordered
  std::string order_reference;
  std::optional<std::int64_t> service_agreement_id;
};

// The facts beyond the request itself that the decision needs, gathered by the caller.
struct WorkflowContext {
  Date today;
  // A valid DPA is linked to this request or to its catalogue entry.
  bool dpa_valid = false;
  // A valid service agreement already covers the request's catalogue entry.
  bool service_agreement_valid = false;
  // The agreement named by agreement_id or service_agreement_id, if the store has it.
  std::optional<AgreementFacts> referenced_agreement;
  // Whether assign's assignee is a reviewer's account.
  bool assignee_is_reviewer = false;
};

enum class Refusal { none, not_visible, not_allowed, stale_version, wrong_state, precondition };
std::string_view refusal_key(Refusal refusal);
int refusal_http_status(Refusal refusal);  // 200, 404, 403, 409, 409, 422

struct Decision {
  Refusal refusal = Refusal::none;
  std::string code;         // the refusal's key, or the precondition's own code
  std::optional<State> to;  // where an allowed action leads; nullopt: unchanged

  bool allowed() const { return refusal == Refusal::none; }
};

// A reviewer may withdraw a request left this long in needs_completion (SPEC 4).
inline constexpr long abandoned_after_days = 30;

bool can_see(const User& user, const RequestFacts& request);
Decision can(const User& user, const ActionInput& input, const RequestFacts& request,
             const WorkflowContext& context);

// Submitting a draft: allowed for requesters and principals when the draft has no error
// findings; it leads past the principal step when the submitter is a principal of its unit.
Decision can_submit(const User& user, const Request& draft, bool has_error_findings);

// The actions this user may take on this request now, as far as the request and the context
// decide: an action that only needs fields the user has yet to fill (a comment, dates) is
// listed; one that its context forbids (no valid DPA for approve) is not.
std::vector<Action> allowed_actions(const User& user, const RequestFacts& request,
                                    const WorkflowContext& context);

}  // namespace anskaffa
