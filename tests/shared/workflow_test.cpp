// SPEC 1 and 4: who may take which action in which state, and why not.
#include <catch2/catch.hpp>

#include <set>

#include "sample.h"
#include "shared/permissions.h"
#include "shared/texts.h"

using namespace anskaffa;

namespace {

// The people of the tests. The request belongs to `owner` and to unit 1.
const User owner{1, {Role::requester}, {}};
const User other_requester{2, {Role::requester}, {}};
const User principal{3, {Role::principal, Role::requester}, {1}};
const User other_principal{4, {Role::principal}, {2}};
const User reviewer{5, {Role::reviewer}, {}};
const User security_coordinator{6, {Role::infosec}, {}};
const User admin{7, {Role::admin}, {}};

const Date today{2026, 3, 1};

// A physical book whose digital part handles no personal data: every precondition of SPEC 4
// can be met for it, so the table test sees only who, what and when.
RequestFacts book(State state, std::int64_t owner_id = owner.id) {
  RequestFacts r;
  r.id = 100;
  r.owner_id = owner_id;
  r.state = state;
  r.version = 7;
  r.state_since = {2026, 1, 1};  // 59 days before today
  r.request = sample::request();
  r.request.set("resource_type", std::string("book_with_digital_part"));
  r.request.set("processes_personal_data", std::string("no"));
  return r;
}

WorkflowContext ready_context() {
  WorkflowContext c;
  c.today = today;
  c.dpa_valid = true;
  c.service_agreement_valid = true;
  c.assignee_is_reviewer = true;
  return c;
}

ActionInput complete_input(Action action) {
  ActionInput in;
  in.action = action;
  in.version = 7;
  in.comment = "Enligt samtal med rektor.";
  in.reference = "PUB-2026-017";
  in.signed_on = "2026-02-20";
  in.valid_from = "2026-02-20";
  in.valid_until = "2028-02-19";
  in.order_reference = "ATEA-55120";
  return in;
}

// SPEC 4's table, written out as the spec reads, independently of the workflow's own table.
struct SpecRow {
  std::set<State> from;  // empty: any open state
  bool (*by)(const User&, const RequestFacts&);
};

bool is_reviewer_not_owner(const User& u, const RequestFacts& r) {
  return u.has(Role::reviewer) && u.id != r.owner_id;
}

SpecRow spec_row(Action action) {
  using enum State;
  switch (action) {
    case Action::principal_approve:
    case Action::principal_decline:
      return {{awaiting_principal}, [](const User& u, const RequestFacts& r) {
                return u.principal_of(1) && u.id != r.owner_id;
              }};
    case Action::assign:
      return {{}, is_reviewer_not_owner};
    case Action::request_completion:
      return {{in_review, dpa_pending}, is_reviewer_not_owner};
    case Action::resubmit:
      return {{needs_completion},
              [](const User& u, const RequestFacts& r) { return u.id == r.owner_id; }};
    case Action::require_dpa:
      return {{in_review}, is_reviewer_not_owner};
    case Action::record_dpa:
      return {{dpa_pending}, [](const User& u, const RequestFacts& r) {
                return (u.has(Role::infosec) || u.has(Role::reviewer)) && u.id != r.owner_id;
              }};
    case Action::approve:
      return {{in_review}, is_reviewer_not_owner};
    case Action::reject:
      return {{in_review, dpa_pending}, is_reviewer_not_owner};
    case Action::allow_direct_purchase:
      return {{in_review}, is_reviewer_not_owner};
    case Action::mark_ordered:
      return {{approved}, is_reviewer_not_owner};
    case Action::withdraw:
      return {{}, [](const User& u, const RequestFacts& r) { return u.id == r.owner_id; }};
    case Action::comment:
      return {{awaiting_principal, in_review, needs_completion, dpa_pending, approved, ordered,
               rejected, declined, withdrawn, direct_purchase_allowed},
              [](const User&, const RequestFacts&) { return true; }};
    case Action::submit:
      break;
  }
  return {{}, [](const User&, const RequestFacts&) { return false; }};
}

bool spec_visible(const User& u, const RequestFacts& r) {
  return u.id == r.owner_id || u.has(Role::reviewer) || u.has(Role::infosec) || u.principal_of(1);
}

}  // namespace

TEST_CASE("every action by every role in every state, against SPEC 4's table") {
  const User reviewer_who_submitted{8, {Role::reviewer, Role::requester}, {}};
  const User principal_who_submitted{3, {Role::principal, Role::requester}, {1}};
  struct Persona {
    const char* name;
    User user;
    std::int64_t owner_id;
  };
  const Persona personas[] = {
      {"owner", owner, owner.id},
      {"other requester", other_requester, owner.id},
      {"principal of the unit", principal, owner.id},
      {"principal of another unit", other_principal, owner.id},
      {"reviewer", reviewer, owner.id},
      {"security coordinator", security_coordinator, owner.id},
      {"admin", admin, owner.id},
      {"reviewer on own request", reviewer_who_submitted, reviewer_who_submitted.id},
      {"principal on own request", principal_who_submitted, principal_who_submitted.id},
  };
  int checked = 0;
  for (const Persona& p : personas) {
    for (State state : all_states()) {
      const RequestFacts request = book(state, p.owner_id);
      for (Action action : all_actions()) {
        if (action == Action::submit) continue;
        const SpecRow row = spec_row(action);
        const bool state_ok = row.from.empty() ? is_open(state) : row.from.count(state) == 1;
        Refusal expected = Refusal::none;
        if (!spec_visible(p.user, request)) {
          expected = Refusal::not_visible;
        } else if (!row.by(p.user, request)) {
          // The one exception to the table: a reviewer withdraws an abandoned request.
          const bool abandoned_withdrawal =
              action == Action::withdraw && is_reviewer_not_owner(p.user, request);
          if (!abandoned_withdrawal) {
            expected = Refusal::not_allowed;
          } else if (state != State::needs_completion) {
            expected = Refusal::wrong_state;
          }
        } else if (!state_ok) {
          expected = Refusal::wrong_state;
        }
        const Decision d = can(p.user, complete_input(action), request, ready_context());
        INFO(p.name << ": " << action_key(action) << " in " << state_key(state) << " gave "
                    << refusal_key(d.refusal) << " " << d.code);
        CHECK(d.refusal == expected);
        ++checked;
      }
    }
  }
  CHECK(checked == 9 * 10 * 13);
}

TEST_CASE("allowed actions go where SPEC 4 says") {
  using enum State;
  const WorkflowContext c = ready_context();
  CHECK(can(principal, complete_input(Action::principal_approve), book(awaiting_principal), c).to ==
        in_review);
  CHECK(can(principal, complete_input(Action::principal_decline), book(awaiting_principal), c).to ==
        declined);
  CHECK(can(reviewer, complete_input(Action::assign), book(dpa_pending), c).to == std::nullopt);
  CHECK(can(reviewer, complete_input(Action::request_completion), book(dpa_pending), c).to ==
        needs_completion);
  CHECK(can(owner, complete_input(Action::resubmit), book(needs_completion), c).to == in_review);
  CHECK(can(reviewer, complete_input(Action::require_dpa), book(in_review), c).to == dpa_pending);
  CHECK(can(security_coordinator, complete_input(Action::record_dpa), book(dpa_pending), c).to ==
        in_review);
  CHECK(can(reviewer, complete_input(Action::approve), book(in_review), c).to == approved);
  CHECK(can(reviewer, complete_input(Action::reject), book(dpa_pending), c).to == rejected);
  CHECK(can(reviewer, complete_input(Action::allow_direct_purchase), book(in_review), c).to ==
        direct_purchase_allowed);
  CHECK(can(reviewer, complete_input(Action::mark_ordered), book(approved), c).to == ordered);
  CHECK(can(owner, complete_input(Action::withdraw), book(dpa_pending), c).to == withdrawn);
  CHECK(can(reviewer, complete_input(Action::withdraw), book(needs_completion), c).to == withdrawn);
  CHECK(can(owner, complete_input(Action::comment), book(rejected), c).to == std::nullopt);
}

TEST_CASE("a stale version is refused before the state is looked at") {
  ActionInput in = complete_input(Action::approve);
  in.version = 6;
  CHECK(can(reviewer, in, book(State::in_review), ready_context()).refusal ==
        Refusal::stale_version);
  CHECK(can(reviewer, in, book(State::ordered), ready_context()).refusal == Refusal::stale_version);
  // ... but never before visibility or the role.
  CHECK(can(other_requester, in, book(State::in_review), ready_context()).refusal ==
        Refusal::not_visible);
  CHECK(can(owner, in, book(State::in_review), ready_context()).refusal == Refusal::not_allowed);
}

TEST_CASE("refusals map to SPEC 1's HTTP statuses") {
  CHECK(refusal_http_status(Refusal::not_visible) == 404);
  CHECK(refusal_http_status(Refusal::not_allowed) == 403);
  CHECK(refusal_http_status(Refusal::wrong_state) == 409);
  CHECK(refusal_http_status(Refusal::stale_version) == 409);
  CHECK(refusal_http_status(Refusal::precondition) == 422);
}

TEST_CASE("an admin can see no request and take no action on one") {
  for (State state : all_states()) {
    CHECK_FALSE(can_see(admin, book(state)));
    CHECK(allowed_actions(admin, book(state), ready_context()).empty());
  }
}

TEST_CASE("a principal sees the requests of their own units only") {
  CHECK(can_see(principal, book(State::in_review)));
  CHECK_FALSE(can_see(other_principal, book(State::in_review)));
}

namespace {

std::string precondition(const User& user, const ActionInput& input, const RequestFacts& request,
                         const WorkflowContext& context) {
  const Decision d = can(user, input, request, context);
  return d.refusal == Refusal::precondition ? d.code : std::string(refusal_key(d.refusal));
}

RequestFacts new_resource(State state) {
  RequestFacts r = book(state);
  r.request = sample::request();  // a web service that processes personal data
  return r;
}

}  // namespace

TEST_CASE("declining, asking for completion, rejecting and commenting need a comment") {
  const WorkflowContext c = ready_context();
  const struct {
    const User& user;
    Action action;
    State state;
  } cases[] = {{principal, Action::principal_decline, State::awaiting_principal},
               {reviewer, Action::request_completion, State::in_review},
               {reviewer, Action::reject, State::dpa_pending},
               {owner, Action::comment, State::approved}};
  for (const auto& k : cases) {
    ActionInput in = complete_input(k.action);
    in.comment = "  \n ";
    INFO(action_key(k.action));
    CHECK(precondition(k.user, in, book(k.state), c) == "comment_required");
  }
}

TEST_CASE("approve needs a valid DPA when personal data is processed") {
  WorkflowContext c = ready_context();
  c.dpa_valid = false;
  CHECK(precondition(reviewer, complete_input(Action::approve), new_resource(State::in_review),
                     c) == "dpa_missing");
  CHECK(precondition(reviewer, complete_input(Action::approve), book(State::in_review), c) ==
        "allowed");
  c.dpa_valid = true;
  CHECK(precondition(reviewer, complete_input(Action::approve), new_resource(State::in_review),
                     c) == "allowed");
}

TEST_CASE("approving a high-risk request needs a comment") {
  RequestFacts r = new_resource(State::in_review);
  r.request.set("data_categories", std::vector<std::string>{"personal_identity_number"});
  ActionInput in = complete_input(Action::approve);
  in.comment.clear();
  CHECK(precondition(reviewer, in, r, ready_context()) == "comment_required");
  CHECK(precondition(reviewer, in, new_resource(State::in_review), ready_context()) == "allowed");
}

TEST_CASE("direct purchase is for books whose digital part handles no personal data") {
  const WorkflowContext c = ready_context();
  const ActionInput in = complete_input(Action::allow_direct_purchase);
  CHECK(precondition(reviewer, in, book(State::in_review), c) == "allowed");
  RequestFacts with_data = book(State::in_review);
  with_data.request.set("processes_personal_data", std::string("yes"));
  CHECK(precondition(reviewer, in, with_data, c) == "dpa_required");
  CHECK(precondition(reviewer, in, new_resource(State::in_review), c) == "not_book_assessment");
}

TEST_CASE("resubmitting needs a request without errors") {
  RequestFacts r = book(State::needs_completion);
  r.has_error_findings = true;
  CHECK(precondition(owner, complete_input(Action::resubmit), r, ready_context()) ==
        "invalid_request");
}

TEST_CASE("record_dpa takes an existing valid DPA or the details of a new one") {
  WorkflowContext c = ready_context();
  ActionInput in = complete_input(Action::record_dpa);
  CHECK(precondition(security_coordinator, in, book(State::dpa_pending), c) == "allowed");

  ActionInput missing = in;
  missing.valid_until.clear();
  CHECK(precondition(security_coordinator, missing, book(State::dpa_pending), c) ==
        "dpa_details_required");
  ActionInput bad_date = in;
  bad_date.valid_from = "2026-02-30";
  CHECK(precondition(security_coordinator, bad_date, book(State::dpa_pending), c) ==
        "invalid_date");
  ActionInput expired = in;
  expired.valid_until = "2026-02-28";
  CHECK(precondition(security_coordinator, expired, book(State::dpa_pending), c) ==
        "dpa_dates_invalid");
  ActionInput signed_later = in;
  signed_later.signed_on = "2026-03-02";
  CHECK(precondition(security_coordinator, signed_later, book(State::dpa_pending), c) ==
        "dpa_dates_invalid");

  ActionInput existing;
  existing.action = Action::record_dpa;
  existing.version = 7;
  existing.agreement_id = 44;
  CHECK(precondition(security_coordinator, existing, book(State::dpa_pending), c) ==
        "agreement_not_valid");
  c.referenced_agreement = AgreementFacts{AgreementFacts::Kind::dpa, {2025, 1, 1}, {2027, 1, 1}};
  CHECK(precondition(security_coordinator, existing, book(State::dpa_pending), c) == "allowed");
  c.referenced_agreement->valid_until = {2026, 2, 1};
  CHECK(precondition(security_coordinator, existing, book(State::dpa_pending), c) ==
        "agreement_not_valid");
  c.referenced_agreement =
      AgreementFacts{AgreementFacts::Kind::service_agreement, {2025, 1, 1}, {2027, 1, 1}};
  CHECK(precondition(security_coordinator, existing, book(State::dpa_pending), c) ==
        "agreement_not_valid");
}

TEST_CASE("a school unit can never record a DPA: only DI and the security coordinator") {
  CHECK(precondition(principal, complete_input(Action::record_dpa), book(State::dpa_pending),
                     ready_context()) == "not_allowed");
  CHECK(precondition(owner, complete_input(Action::record_dpa), book(State::dpa_pending),
                     ready_context()) == "not_allowed");
}

TEST_CASE("mark_ordered needs an order reference when paid, and a service agreement") {
  WorkflowContext c = ready_context();
  RequestFacts paid = new_resource(State::approved);
  paid.request.set("cost_model", std::string("paid"));
  ActionInput in = complete_input(Action::mark_ordered);
  in.order_reference.clear();
  CHECK(precondition(reviewer, in, paid, c) == "order_reference_required");
  CHECK(precondition(reviewer, in, new_resource(State::approved), c) == "allowed");

  c.service_agreement_valid = false;
  CHECK(precondition(reviewer, in, new_resource(State::approved), c) ==
        "service_agreement_required");
  in.service_agreement_id = 9;
  CHECK(precondition(reviewer, in, new_resource(State::approved), c) ==
        "service_agreement_not_valid");
  c.referenced_agreement =
      AgreementFacts{AgreementFacts::Kind::service_agreement, {2025, 8, 1}, {2027, 7, 31}};
  CHECK(precondition(reviewer, in, new_resource(State::approved), c) == "allowed");
}

TEST_CASE("assign takes a reviewer, or the one assigning") {
  WorkflowContext c = ready_context();
  c.assignee_is_reviewer = false;
  ActionInput in = complete_input(Action::assign);
  CHECK(precondition(reviewer, in, book(State::in_review), c) == "allowed");
  in.assignee = reviewer.id;
  CHECK(precondition(reviewer, in, book(State::in_review), c) == "allowed");
  in.assignee = owner.id;
  CHECK(precondition(reviewer, in, book(State::in_review), c) == "assignee_not_reviewer");
}

TEST_CASE("a reviewer withdraws only a request left in completion over 30 days, with a comment") {
  WorkflowContext c = ready_context();
  RequestFacts r = book(State::needs_completion);
  r.state_since = {2026, 1, 30};  // 30 days before today
  CHECK(precondition(reviewer, complete_input(Action::withdraw), r, c) == "not_abandoned");
  r.state_since = {2026, 1, 29};  // 31 days
  CHECK(precondition(reviewer, complete_input(Action::withdraw), r, c) == "allowed");
  ActionInput silent = complete_input(Action::withdraw);
  silent.comment.clear();
  CHECK(precondition(reviewer, silent, r, c) == "comment_required");
  CHECK(precondition(owner, silent, book(State::in_review), c) == "allowed");
}

TEST_CASE("submitting: requesters and principals, past the principal for their own unit") {
  const Request draft = sample::request();  // unit 1
  CHECK(can_submit(owner, draft, false).to == State::awaiting_principal);
  CHECK(can_submit(principal, draft, false).to == State::in_review);
  CHECK(can_submit(other_principal, draft, false).to == State::awaiting_principal);
  CHECK(can_submit(reviewer, draft, false).refusal == Refusal::not_allowed);
  CHECK(can_submit(admin, draft, false).refusal == Refusal::not_allowed);
  const Decision invalid = can_submit(owner, draft, true);
  CHECK(invalid.refusal == Refusal::precondition);
  CHECK(invalid.code == "invalid_request");
}

TEST_CASE("allowed actions list what the context permits, whatever fields are still to fill") {
  const auto keys = [](const std::vector<Action>& actions) {
    std::vector<std::string> out;
    for (Action a : actions) out.emplace_back(action_key(a));
    return out;
  };
  WorkflowContext c = ready_context();
  CHECK(keys(allowed_actions(reviewer, new_resource(State::in_review), c)) ==
        std::vector<std::string>{"assign", "request_completion", "require_dpa", "approve", "reject",
                                 "comment"});
  c.dpa_valid = false;
  CHECK(
      keys(allowed_actions(reviewer, new_resource(State::in_review), c)) ==
      std::vector<std::string>{"assign", "request_completion", "require_dpa", "reject", "comment"});
  CHECK(keys(allowed_actions(owner, new_resource(State::in_review), c)) ==
        std::vector<std::string>{"withdraw", "comment"});
  CHECK(keys(allowed_actions(principal, new_resource(State::awaiting_principal), c)) ==
        std::vector<std::string>{"principal_approve", "principal_decline", "comment"});
}

TEST_CASE("every state, action, role, refusal and precondition has its words") {
  const auto both = [](const std::string& key) {
    INFO(key);
    CHECK(text(Lang::sv, key) != key);
    CHECK(text(Lang::en, key) != key);
  };
  for (State s : all_states()) both("state." + std::string(state_key(s)));
  for (Action a : all_actions()) both("action." + std::string(action_key(a)));
  for (Role r : all_roles) both("role." + std::string(role_key(r)));
  for (const char* refusal : {"not_visible", "not_allowed", "stale_version", "wrong_state"}) {
    both("refusal." + std::string(refusal));
  }
  for (const char* code :
       {"invalid_request", "comment_required", "dpa_missing", "not_book_assessment", "dpa_required",
        "not_abandoned", "assignee_not_reviewer", "agreement_not_valid", "dpa_details_required",
        "invalid_date", "dpa_dates_invalid", "order_reference_required",
        "service_agreement_required", "service_agreement_not_valid"}) {
    both("precondition." + std::string(code));
  }
}
