// What the core's permission functions are asked with, gathered from the store: the acting user
// as the core sees them, a stored request as RequestFacts, and the WorkflowContext of facts the
// store knows (valid DPA, valid service agreement, the agreement an action names, whether an
// assignee is a reviewer). Nothing here decides; permissions.h does.
#pragma once

#include <cstdint>
#include <string>

#include "server/store/agreements.h"
#include "server/store/database.h"
#include "server/store/requests.h"
#include "server/store/users.h"
#include "shared/agreements.h"
#include "shared/finding.h"
#include "shared/lang.h"
#include "shared/permissions.h"

namespace anskaffa::workflow {

User core_user(const store::User& user);

// The calendar date of unix seconds in the server's time zone, as YYYY-MM-DD.
std::string date_text(std::int64_t unix_seconds);

struct StoredRequest {
  RequestFacts facts;
  Findings findings;  // the core's findings at the request's reference date
};

// The request as the core sees it: its fields decoded, validated at its reference date (the date
// of first submission, SPEC 3.1) in the server's context.
StoredRequest stored_request(store::Connection& connection, const store::RequestRecord& record,
                             Lang lang);

// SPEC 1's visibility, by the core's can_see.
bool may_see(store::Connection& connection, const store::User& user,
             const store::RequestRecord& record);

// The catalogue entry a request concerns: the one it was decided into, else the one its
// catalog_id names. nullopt for a new resource not yet decided.
std::optional<std::int64_t> catalog_entry_of(store::Connection& connection,
                                             const store::RequestRecord& record,
                                             const Request& request);

// An agreement's current period and termination as the core reads them.
AgreementPeriod agreement_period(const store::AgreementRecord& agreement);

// The context for deciding input (nullptr: for listing the allowed actions) on record today.
WorkflowContext workflow_context(store::Connection& connection, const store::RequestRecord& record,
                                 const Request& request, const ActionInput* input,
                                 const Date& today);

}  // namespace anskaffa::workflow
