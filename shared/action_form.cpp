#include "shared/action_form.h"

#include "shared/risk.h"

namespace anskaffa {

std::vector<ActionField> action_fields(const User& user, Action action,
                                       const RequestFacts& request) {
  using Kind = ActionFieldKind;
  switch (action) {
    case Action::principal_decline:
    case Action::request_completion:
    case Action::reject:
    case Action::comment:
      return {{"comment", Kind::multiline, true}};
    case Action::withdraw: {
      // Someone else's request, withdrawn by a reviewer, says why; one's own need not.
      const bool reviewer_withdrawal = user.id != request.owner_id;
      return {{"comment", Kind::multiline, reviewer_withdrawal}};
    }
    case Action::approve:
      return {{"conditions", Kind::multiline, false},
              {"comment", Kind::multiline,
               assess_risk(request.request, Lang::sv).level == RiskLevel::high}};
    case Action::assign:
      return {{"assignee", Kind::reviewer, false}};  // none: the one who assigns
    case Action::record_dpa:
      return {{"agreement_id", Kind::agreement, false}, {"reference", Kind::text, true},
              {"signed_on", Kind::date, true},          {"valid_from", Kind::date, true},
              {"valid_until", Kind::date, true},        {"attachment_id", Kind::attachment, false}};
    case Action::mark_ordered:
      return {{"order_reference", Kind::text, request.request.is("cost_model", "paid")},
              {"service_agreement_id", Kind::service_agreement, false}};
    default:
      return {};
  }
}

bool action_needs_confirmation(Action action) {
  switch (action) {
    case Action::principal_decline:
    case Action::reject:
    case Action::approve:
    case Action::allow_direct_purchase:
    case Action::withdraw:
      return true;
    default:
      return false;
  }
}

}  // namespace anskaffa
