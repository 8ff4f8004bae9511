// Who an event on a request concerns (SPEC 4, 5): the domain rule behind every notification, in
// the app and by e-mail. The server resolves each audience to people; this file decides which
// audiences hear of what, and that the one who acts is never told of their own action.
//
// The table, by action (from → to where it matters). R the requester, P the unit's principals,
// H the register holder, A the assigned reviewer or, while none is, every reviewer (after
// assign: the new assignee), S the security coordinators.
//
//   event                                     R  P  H  A  S
//   submit → awaiting_principal                  x
//   submit → in_review (by a principal)                x
//   principal_approve                         x  x     x
//   principal_decline                         x  x
//   assign                                             x
//   request_completion (a return)             x
//   resubmit                                           x
//   require_dpa                               x           x
//   record_dpa                                         x
//   approve                                   x  x  x
//   reject                                    x  x
//   allow_direct_purchase                     x  x
//   mark_ordered                              x     x
//   withdraw from awaiting_principal          x  x
//   withdraw from any other open state        x        x
//   comment                                   x        x
//   reminder in awaiting_principal               x
//   reminder in needs_completion              x
//
// Why: the requester hears of every decision, return and comment on their request; the unit's
// principals of what awaits them and of the decisions on their unit's requests; the register
// holder of what makes the resource theirs to keep a register for (approve) and of its order;
// review hears of what awaits review; the security coordinators of a DPA to arrange. Nobody
// hears of a request's assignment but the one it now waits for.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "shared/workflow.h"

namespace anskaffa {

enum class Audience { requester, unit_principals, register_holder, assignee_or_reviewers, infosec };

std::string_view audience_key(Audience audience);

// The audiences of an action that moved a request from `from` to `to` (to == from when the
// state is unchanged). Empty when the event concerns nobody.
std::span<const Audience> audiences_of_action(Action action, State from, State to);

// The audiences of the reminder for a request waiting in `state` (SPEC 4: those who must act).
std::span<const Audience> audiences_of_reminder(State state);

// A person an audience resolved to: an account, or only an address (the register holder
// named in the form need not have an account).
struct Recipient {
  std::optional<std::int64_t> user_id;
  std::string email;  // "" when unknown
};

// Who is told of an event, from everyone its audiences resolved to: each person once (one
// account, or one address compared without regard to ASCII case), in the order first named, and
// never the actor (by account or by address), who knows of their own action already. A
// reminder has no actor (nullopt, "").
std::vector<Recipient> recipients_told(const std::vector<Recipient>& candidates,
                                       std::optional<std::int64_t> actor_id,
                                       std::string_view actor_email);

}  // namespace anskaffa
