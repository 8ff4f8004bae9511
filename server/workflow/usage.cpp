#include "server/workflow/usage.h"

#include <nlohmann/json.hpp>

#include "server/store/audit.h"
#include "server/workflow/facts.h"
#include "shared/catalog_rules.h"
#include "shared/registers.h"
#include "shared/utf8.h"

namespace anskaffa::workflow {
namespace {

using nlohmann::json;

store::UsageChange change(std::string kind, std::string before, std::string after) {
  store::UsageChange c;
  c.kind = std::move(kind);
  c.before = std::move(before);
  c.after = std::move(after);
  return c;
}

// The edit's value for a person field, trimmed, checked by the core; or the stored value.
std::string person_value(const std::optional<std::string>& edited, const std::string& stored,
                         std::string_view field, Lang lang, Findings& findings) {
  if (!edited) return stored;
  if (auto finding = check_usage_person(field, *edited, lang)) {
    findings.push_back(std::move(*finding));
  }
  return std::string(trim(*edited));
}

}  // namespace

RegisterOutcome register_refusal(int status, std::string code, std::string message_key,
                                 Findings findings) {
  RegisterOutcome outcome;
  outcome.status = status;
  outcome.code = std::move(code);
  outcome.message_key = std::move(message_key);
  outcome.findings = std::move(findings);
  return outcome;
}

std::string person_json(const std::string& name, const std::string& email) {
  return json{{"name", name}, {"email", email}}.dump();
}

std::string end_json(const std::optional<std::string>& date) {
  return json{{"date", date ? json(*date) : json(nullptr)}}.dump();
}

std::vector<store::UsageChange> usage_differences(const store::CatalogUsage& before,
                                                  const store::CatalogUsage& after) {
  std::vector<store::UsageChange> changes;
  if (before.register_holder_name != after.register_holder_name ||
      before.register_holder_email != after.register_holder_email) {
    changes.push_back(change("register_holder",
                             person_json(before.register_holder_name, before.register_holder_email),
                             person_json(after.register_holder_name, after.register_holder_email)));
  }
  if (before.system_admin_name != after.system_admin_name ||
      before.system_admin_email != after.system_admin_email) {
    changes.push_back(change("system_admin",
                             person_json(before.system_admin_name, before.system_admin_email),
                             person_json(after.system_admin_name, after.system_admin_email)));
  }
  if (before.ended != after.ended) {
    changes.push_back(change("ended", end_json(before.ended), end_json(after.ended)));
  }
  return changes;
}

std::vector<store::UsageChange> record_approved_usage(
    store::Connection& connection, const Actor& actor,
    const std::optional<store::CatalogUsage>& previous, const store::CatalogUsage& approved,
    std::optional<std::int64_t> request_id) {
  std::vector<store::UsageChange> changes;
  if (!previous || previous->ended) {
    const auto stored = store::find_usage(connection, approved.catalog_id, approved.unit_id);
    const store::CatalogUsage& now_used = stored ? *stored : approved;
    changes.push_back(change(
        "started", previous ? end_json(previous->ended) : "{}",
        json{{"date", now_used.since},
             {"register_holder", json::parse(person_json(now_used.register_holder_name,
                                                         now_used.register_holder_email))},
             {"system_admin",
              json::parse(person_json(now_used.system_admin_name, now_used.system_admin_email))}}
            .dump()));
  } else {
    store::CatalogUsage compared = approved;
    compared.ended = previous->ended;
    changes = usage_differences(*previous, compared);
  }
  for (store::UsageChange& c : changes) {
    c.at = actor.now;
    c.user_id = actor.user.id;
    c.catalog_id = approved.catalog_id;
    c.unit_id = approved.unit_id;
    c.request_id = request_id;
    c.id = store::append_usage_change(connection, c);
  }
  return changes;
}

RegisterOutcome edit_usage(store::Connection& connection, const Actor& actor,
                           std::int64_t catalog_id, std::int64_t unit_id, const UsageEdit& edit) {
  if (!may_change_usage(core_user(actor.user), unit_id)) {
    return register_refusal(403, "not_allowed", "error.not_allowed");
  }
  const auto stored = store::find_usage(connection, catalog_id, unit_id);
  if (!stored) return register_refusal(404, "not_found", "error.not_found");

  store::CatalogUsage next = *stored;
  Findings findings;
  next.register_holder_name = person_value(edit.register_holder_name, next.register_holder_name,
                                           "register_holder_name", actor.lang, findings);
  next.register_holder_email = person_value(edit.register_holder_email, next.register_holder_email,
                                            "register_holder_email", actor.lang, findings);
  next.system_admin_name = person_value(edit.system_admin_name, next.system_admin_name,
                                        "system_admin_name", actor.lang, findings);
  next.system_admin_email = person_value(edit.system_admin_email, next.system_admin_email,
                                         "system_admin_email", actor.lang, findings);
  if (edit.ended) {
    next.ended = *edit.ended;
    if (auto finding = check_usage_end(next.since, next.ended, actor.lang)) {
      findings.push_back(std::move(*finding));
    }
  }
  if (!findings.empty()) {
    return register_refusal(422, "invalid_request", "error.invalid_request", std::move(findings));
  }

  RegisterOutcome outcome;
  outcome.changes = usage_differences(*stored, next);
  if (outcome.changes.empty()) return outcome;
  store::update_usage(connection, next);
  for (store::UsageChange& c : outcome.changes) {
    c.at = actor.now;
    c.user_id = actor.user.id;
    c.catalog_id = catalog_id;
    c.unit_id = unit_id;
    c.id = store::append_usage_change(connection, c);
    store::AuditEntry audit;
    audit.at = actor.now;
    audit.user_id = actor.user.id;
    audit.entity = "catalog_usage";
    audit.entity_id = catalog_id;
    audit.action = "change_" + c.kind;
    audit.details = json{{"unit_id", unit_id},
                         {"change_id", c.id},
                         {"before", json::parse(c.before)},
                         {"after", json::parse(c.after)}}
                        .dump();
    store::append_audit(connection, audit);
  }
  return outcome;
}

}  // namespace anskaffa::workflow
