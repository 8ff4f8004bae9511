#include "server/workflow/catalog.h"

#include <nlohmann/json.hpp>

#include "server/store/audit.h"
#include "server/store/catalog.h"
#include "server/workflow/facts.h"
#include "shared/registers.h"
#include "shared/utf8.h"

namespace anskaffa::workflow {

RegisterOutcome decide_entry(store::Connection& connection, const Actor& actor,
                             std::int64_t catalog_id, const CatalogDecision& decision) {
  if (!may(core_user(actor.user), RegisterAccess::edit_catalog)) {
    return register_refusal(403, "not_allowed", "error.not_allowed");
  }
  auto entry = store::find_catalog_entry(connection, catalog_id);
  if (!entry) return register_refusal(404, "not_found", "error.not_found");
  Findings findings =
      check_catalog_status(decision.status, decision.conditions, decision.reason, actor.lang);
  if (!findings.empty()) {
    return register_refusal(422, "invalid_request", "error.invalid_request", std::move(findings));
  }

  // Conditions belong to approved_with_conditions and a reason to the statuses that take the
  // resource out of use; the other text is cleared so the entry never shows a stale one.
  const std::string status(catalog_status_key(decision.status));
  const std::string conditions(
      decision.status == CatalogStatus::approved_with_conditions ? trim(decision.conditions) : "");
  const std::string reason(decision.status == CatalogStatus::not_approved ||
                                   decision.status == CatalogStatus::phased_out
                               ? trim(decision.reason)
                               : "");
  if (entry->status == status && entry->conditions == conditions && entry->reason == reason) {
    return RegisterOutcome{};
  }
  const std::string before = entry->status;
  entry->status = status;
  entry->conditions = conditions;
  entry->reason = reason;
  if (before != status) entry->decided_at = actor.now;
  entry->updated_at = actor.now;
  store::update_catalog_entry(connection, *entry);

  store::AuditEntry audit;
  audit.at = actor.now;
  audit.user_id = actor.user.id;
  audit.entity = "catalog_entry";
  audit.entity_id = catalog_id;
  audit.action = "decide";
  audit.from = before;
  audit.to = status;
  audit.comment = status == "approved_with_conditions" ? conditions : reason;
  audit.details = nlohmann::json{{"conditions", conditions}, {"reason", reason}}.dump();
  store::append_audit(connection, audit);
  return RegisterOutcome{};
}

}  // namespace anskaffa::workflow
