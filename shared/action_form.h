// What the app asks for before it sends an action (SPEC 4's "fields" column): which inputs an
// action carries, of what kind, and which are required for this user on this request. The
// same rules the core applies when deciding (permissions.cpp's preconditions), stated for a
// form, so the app marks exactly the fields the server would refuse without.
//
// Two requirements depend on facts only the server knows, and are not marked here: a
// service agreement for mark_ordered (unless one already covers the entry) and a valid DPA for
// approve. The server's refusal names them.
//
// record_dpa is taken one of two ways: an existing valid DPA of the supplier (agreement_id),
// or a new one (its reference and dates required, its signed PDF optional). The new DPA's
// fields are marked required as they are when no agreement is chosen; the app hides them once
// one is.
#pragma once

#include <string_view>
#include <vector>

#include "shared/permissions.h"

namespace anskaffa {

enum class ActionFieldKind {
  multiline,
  text,
  date,
  integer,
  agreement,          // an agreement's id, chosen from the agreements register
  attachment,         // a request attachment's id: a PDF uploaded to the request first
  reviewer,           // a reviewer's user id, chosen from GET /api/v1/reviewers
  service_agreement,  // a service agreement's id, chosen from the agreements register
};

struct ActionField {
  std::string_view key;  // the action body's key: "comment", "valid_until", ...
  ActionFieldKind kind = ActionFieldKind::text;
  bool required = false;
};

std::vector<ActionField> action_fields(const User& user, Action action,
                                       const RequestFacts& request);

// Whether the action changes something that cannot be undone by its actor, so the app asks
// for a confirmation (a decision, a withdrawal).
bool action_needs_confirmation(Action action);

}  // namespace anskaffa
