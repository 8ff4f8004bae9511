// The action form's fields against the core's own decisions: with every field it marks
// required filled in, `can` allows the action; without any one of them, `can` refuses it for
// that missing input; without an optional one, it still allows it.
#include <catch2/catch.hpp>

#include "sample.h"
#include "shared/action_form.h"

using namespace anskaffa;

namespace {

// Named form_*: a unity build compiles this file together with workflow_test.cpp, whose
// people and day differ.

const User form_owner{1, {Role::requester}, {}};
const User form_principal{3, {Role::principal}, {1}};
const User form_reviewer{5, {Role::reviewer}, {}};
const Date form_today{2026, 3, 1};

WorkflowContext form_ready_context() {
  WorkflowContext c;
  c.today = form_today;
  c.dpa_valid = true;
  c.service_agreement_valid = true;
  c.assignee_is_reviewer = true;
  return c;
}

// A value of the right kind for each field the form can ask for.
void fill(ActionInput& input, std::string_view key, bool filled) {
  if (key == "comment") input.comment = filled ? "Enligt samtal med rektor." : "";
  if (key == "conditions") input.conditions = filled ? "Bara i årskurs 7–9." : "";
  if (key == "reference") input.reference = filled ? "PUB-2026-017" : "";
  if (key == "signed_on") input.signed_on = filled ? "2026-02-20" : "";
  if (key == "valid_from") input.valid_from = filled ? "2026-02-20" : "";
  if (key == "valid_until") input.valid_until = filled ? "2028-02-19" : "";
  if (key == "order_reference") input.order_reference = filled ? "ATEA-55120" : "";
  if (key == "service_agreement_id") input.service_agreement_id.reset();
}

// A request in a state where the action may be taken, and who takes it.
struct Case {
  Action action;
  State state;
  const User* by;
};

RequestFacts request_in(State state, bool high_risk, bool paid) {
  RequestFacts r;
  r.id = 100;
  r.owner_id = form_owner.id;
  r.state = state;
  r.version = 7;
  r.state_since = {2026, 1, 1};  // 59 days before today: a reviewer may withdraw it
  r.request = sample::request();
  if (high_risk) {
    r.request.set("data_categories", std::vector<std::string>{"name", "special_category"});
  }
  r.request.set("cost_model", std::string(paid ? "paid" : "free"));
  return r;
}

}  // namespace

TEST_CASE("action form: the required fields are exactly those the core refuses without",
          "[action_form]") {
  const Case cases[] = {
      {Action::principal_approve, State::awaiting_principal, &form_principal},
      {Action::principal_decline, State::awaiting_principal, &form_principal},
      {Action::assign, State::in_review, &form_reviewer},
      {Action::request_completion, State::in_review, &form_reviewer},
      {Action::require_dpa, State::in_review, &form_reviewer},
      {Action::record_dpa, State::dpa_pending, &form_reviewer},
      {Action::approve, State::in_review, &form_reviewer},
      {Action::reject, State::in_review, &form_reviewer},
      {Action::mark_ordered, State::approved, &form_reviewer},
      {Action::withdraw, State::in_review, &form_owner},
      {Action::withdraw, State::needs_completion, &form_reviewer},
      {Action::comment, State::in_review, &form_owner},
  };
  for (const Case& c : cases) {
    for (const bool high_risk : {false, true}) {
      for (const bool paid : {false, true}) {
        const RequestFacts request = request_in(c.state, high_risk, paid);
        const auto fields = action_fields(*c.by, c.action, request);
        INFO(action_key(c.action) << " by user " << c.by->id << (high_risk ? ", high risk" : "")
                                  << (paid ? ", paid" : ""));
        ActionInput all;
        all.action = c.action;
        all.version = 7;
        for (const ActionField& field : fields) fill(all, field.key, true);
        REQUIRE(can(*c.by, all, request, form_ready_context()).allowed());
        for (const ActionField& field : fields) {
          INFO("without " << field.key);
          ActionInput without = all;
          fill(without, field.key, false);
          const Decision decision = can(*c.by, without, request, form_ready_context());
          CHECK(decision.allowed() == !field.required);
          if (field.required) CHECK(decision.refusal == Refusal::precondition);
        }
      }
    }
  }
}

TEST_CASE(
    "action form: a high risk makes approve's comment required, a cost the order's "
    "reference",
    "[action_form]") {
  const auto required = [](Action action, const User& by, const RequestFacts& request,
                           std::string_view key) {
    for (const ActionField& field : action_fields(by, action, request)) {
      if (field.key == key) return field.required;
    }
    FAIL("no field " << key);
    return false;
  };
  CHECK(required(Action::approve, form_reviewer, request_in(State::in_review, true, false),
                 "comment"));
  CHECK_FALSE(required(Action::approve, form_reviewer, request_in(State::in_review, false, false),
                       "comment"));
  CHECK(required(Action::mark_ordered, form_reviewer, request_in(State::approved, false, true),
                 "order_reference"));
  CHECK_FALSE(required(Action::mark_ordered, form_reviewer,
                       request_in(State::approved, false, false), "order_reference"));
  CHECK(action_fields(form_principal, Action::principal_approve,
                      request_in(State::awaiting_principal, false, false))
            .empty());
  CHECK(action_needs_confirmation(Action::reject));
  CHECK_FALSE(action_needs_confirmation(Action::comment));
}
