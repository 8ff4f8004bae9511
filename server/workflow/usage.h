// A unit's use of a catalogue entry over time (SPEC 5): who the register holder and the local
// system administrator are, and when the use ended. Every change of them lands in the change
// feed DI reads (store/usage_changes.h), whether a principal or reviewer makes it through the
// API, a decision makes it (approve), or demo-data does; all come through here.
//
// Call each inside one write transaction, like the request workflow.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/store/catalog.h"
#include "server/store/database.h"
#include "server/store/usage_changes.h"
#include "server/workflow/requests.h"

namespace anskaffa::workflow {

// The feed's before/after of a person: {"name", "email"}; of an end of use: {"date"} (null when
// there is none).
std::string person_json(const std::string& name, const std::string& email);
std::string end_json(const std::optional<std::string>& date);

// How after differs from before in its persons and its end of use: one change (kind, before,
// after; the rest unset) per difference, none when they agree.
std::vector<store::UsageChange> usage_differences(const store::CatalogUsage& before,
                                                  const store::CatalogUsage& after);

// After approve has written a unit's use (upsert_usage): a "started" change when the unit had
// no use of the entry or its use had ended, else one change per person the decision replaced.
// Appends them to the feed, linked to the deciding request if any; returns them.
std::vector<store::UsageChange> record_approved_usage(
    store::Connection& connection, const Actor& actor,
    const std::optional<store::CatalogUsage>& previous, const store::CatalogUsage& approved,
    std::optional<std::int64_t> request_id);

// What PUT /api/v1/catalog/{id}/units/{unit_id} may change; unset members stay as they are.
struct UsageEdit {
  std::optional<std::string> register_holder_name;
  std::optional<std::string> register_holder_email;
  std::optional<std::string> system_admin_name;
  std::optional<std::string> system_admin_email;
  std::optional<std::optional<std::string>> ended;  // a date, or nullopt to undo the end
};

// An answer of the registers' writes: success, or a refusal with its code, message key and
// findings.
struct RegisterOutcome {
  int status = 200;
  std::string code;
  std::string message_key;
  Findings findings;
  std::vector<store::UsageChange> changes;  // appended to the feed, in order

  bool ok() const { return status < 400; }
};
RegisterOutcome register_refusal(int status, std::string code, std::string message_key,
                                 Findings findings = {});

// The unit's principal or a reviewer (the core's may_change_usage, else 403) changes a use that
// exists (else 404). The persons are checked as the request form checks them and the end of use
// as a date not before the start (422). Each actual change appends a feed row and an audit row;
// values equal to the stored ones write nothing.
RegisterOutcome edit_usage(store::Connection& connection, const Actor& actor,
                           std::int64_t catalog_id, std::int64_t unit_id, const UsageEdit& edit);

}  // namespace anskaffa::workflow
