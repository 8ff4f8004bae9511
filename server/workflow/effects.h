// What an allowed action does besides moving the request (SPEC 4's effects): record_dpa puts the
// DPA in the agreements register, approve and reject write the catalogue, mark_ordered links
// the service agreement, assign sets the assignee. Each change writes its own audit row.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "server/store/database.h"
#include "server/store/requests.h"
#include "server/workflow/requests.h"
#include "shared/date.h"
#include "shared/permissions.h"

namespace anskaffa::workflow {

// What the store must check of an action's input that the core cannot know: that an
// attachment_id names a PDF of this very request. The precondition code, or "".
std::string check_effect_input(store::Connection& connection, const store::RequestRecord& record,
                               const ActionInput& input);

// Applies the effects to the store and to record (not yet written back); returns the details
// for the request's audit row.
nlohmann::json apply_effects(store::Connection& connection, const Actor& actor,
                             const ActionInput& input, store::RequestRecord& record,
                             const Request& request, const Date& today);

}  // namespace anskaffa::workflow
