#include "server/workflow/requests.h"

#include <stdexcept>

#include "server/http/validation_context.h"
#include "server/store/audit.h"
#include "server/store/catalog.h"
#include "server/store/idempotency.h"
#include "server/workflow/effects.h"
#include "server/workflow/facts.h"
#include "shared/assessment.h"
#include "shared/request_json.h"

namespace anskaffa::workflow {
namespace {

Outcome refused(int status, std::string code, std::string message_key, Findings findings = {}) {
  Outcome outcome;
  outcome.status = status;
  outcome.code = std::move(code);
  outcome.message_key = std::move(message_key);
  outcome.findings = std::move(findings);
  return outcome;
}

Findings errors_only(const Findings& findings) {
  Findings errors;
  for (const Finding& f : findings) {
    if (f.severity == Severity::error) errors.push_back(f);
  }
  return errors;
}

// A refusal of the core as SPEC 8 answers it: 404 not_found for what may not be seen, the
// refusal's key otherwise, or the precondition's own code.
Outcome from_decision(const Decision& decision, const Findings& findings) {
  const int status = refusal_http_status(decision.refusal);
  switch (decision.refusal) {
    case Refusal::not_visible:
      return refused(status, "not_found", "refusal.not_visible");
    case Refusal::precondition:
      if (decision.code == "invalid_request") {
        return refused(status, "invalid_request", "precondition.invalid_request",
                       errors_only(findings));
      }
      return refused(status, decision.code, "precondition." + decision.code);
    default: {
      const std::string key(refusal_key(decision.refusal));
      return refused(status, key, "refusal." + key);
    }
  }
}

// The columns that repeat what the form says.
void describe(store::RequestRecord& record, const Request& request, Lang lang) {
  record.unit_id = request.integer("unit_id").value_or(0);
  record.kind = std::string(kind_key(request_kind(request)));
  record.risk = std::string(risk_key(assess_risk(request, lang).level));
  record.resource_name = std::string(request.text("resource_name"));
  record.form = encode_request(request).dump();
}

}  // namespace

void record_event(store::Connection& connection, const store::RequestRecord& request,
                  std::optional<std::int64_t> by, std::int64_t at, std::string_view action,
                  std::string_view from, std::string_view to, std::string_view comment,
                  const nlohmann::json& details) {
  store::append_timeline(connection, store::TimelineEntry{0,
                                                          request.id,
                                                          at,
                                                          by,
                                                          {},
                                                          std::string(action),
                                                          std::string(from),
                                                          std::string(to),
                                                          std::string(comment)});
  store::AuditEntry audit;
  audit.at = at;
  audit.user_id = by;
  audit.entity = "request";
  audit.entity_id = request.id;
  audit.action = std::string(action);
  audit.from = std::string(from);
  audit.to = std::string(to);
  audit.comment = std::string(comment);
  nlohmann::json all = details;
  all["case_number"] = request.case_number;
  all["version"] = request.version;
  audit.details = all.dump();
  store::append_audit(connection, audit);
}

Outcome submit(store::Connection& connection, const Actor& actor, const nlohmann::json& object,
               std::string_view idempotency_key) {
  if (!idempotency_key.empty()) {
    if (auto stored = store::find_idempotent_response(connection, actor.user.id, idempotency_key)) {
      Outcome replay;
      replay.status = stored->status;
      replay.body = std::move(stored->body);
      return replay;
    }
  }
  const Date today = http::local_date(actor.now);
  const Assessment assessment =
      assess(object, http::validation_context(connection, today, actor.lang));
  const Decision decision =
      can_submit(core_user(actor.user), assessment.request, has_errors(assessment.findings));
  if (!decision.allowed()) return from_decision(decision, assessment.findings);

  store::RequestRecord record;
  record.owner_id = actor.user.id;
  record.state = std::string(state_key(*decision.to));
  record.version = 1;
  describe(record, assessment.request, actor.lang);
  record.reference_date = format_date(today);
  record.state_since = actor.now;
  record.created_at = actor.now;
  record.updated_at = actor.now;
  if (const auto id = assessment.request.integer("catalog_id")) {
    if (store::find_catalog_entry(connection, *id)) record.catalog_id = id;
  }
  store::insert_request(connection, record, today.year);
  record_event(connection, record, actor.user.id, actor.now, "submit", "", record.state, "");
  notify(connection, record, {"submit", &actor.user, "", record.state, "", actor.now},
         audiences_of_action(Action::submit, *decision.to, *decision.to), actor.mail);

  Outcome outcome;
  outcome.status = 201;
  outcome.body = nlohmann::json{{"id", record.id},
                                {"case_number", record.case_number},
                                {"state", record.state},
                                {"version", record.version}}
                     .dump();
  if (!idempotency_key.empty()) {
    store::store_idempotent_response(connection, actor.user.id, idempotency_key,
                                     {outcome.status, outcome.body}, actor.now);
  }
  outcome.request = std::move(record);
  return outcome;
}

Outcome edit(store::Connection& connection, const Actor& actor, std::int64_t request_id,
             std::int64_t version, const nlohmann::json& object) {
  auto record = store::find_request(connection, request_id);
  if (!record) return refused(404, "not_found", "refusal.not_visible");
  StoredRequest stored = stored_request(connection, *record, actor.lang);
  // An edit is allowed exactly where resubmit would be, whatever the findings: the edit is how
  // the owner corrects them.
  stored.facts.has_error_findings = false;
  const Date today = http::local_date(actor.now);
  ActionInput input;
  input.action = Action::resubmit;
  input.version = version;
  const WorkflowContext context =
      workflow_context(connection, *record, stored.facts.request, &input, today);
  const Decision decision = can(core_user(actor.user), input, stored.facts, context);
  if (!decision.allowed()) return from_decision(decision, {});

  DecodedRequest decoded = decode_request(object, actor.lang);
  if (!decoded.findings.empty()) {
    return refused(422, "invalid_request", "error.invalid_request", std::move(decoded.findings));
  }
  const std::int64_t expected = record->version;
  describe(*record, decoded.request, actor.lang);
  record->version += 1;
  record->updated_at = actor.now;
  if (!store::update_request(connection, *record, expected)) {
    return refused(409, "stale_version", "refusal.stale_version");
  }
  record_event(connection, *record, actor.user.id, actor.now, "edit", record->state, record->state,
               "");
  Outcome outcome;
  outcome.request = std::move(record);
  return outcome;
}

Outcome act(store::Connection& connection, const Actor& actor, std::int64_t request_id,
            const ActionInput& input) {
  auto record = store::find_request(connection, request_id);
  if (!record) return refused(404, "not_found", "refusal.not_visible");
  const StoredRequest stored = stored_request(connection, *record, actor.lang);
  const Date today = http::local_date(actor.now);
  const WorkflowContext context =
      workflow_context(connection, *record, stored.facts.request, &input, today);
  const Decision decision = can(core_user(actor.user), input, stored.facts, context);
  if (!decision.allowed()) return from_decision(decision, stored.findings);

  if (auto problem = check_effect_input(connection, *record, input); !problem.empty()) {
    return refused(422, problem, "precondition." + problem);
  }
  const std::string from = record->state;
  const std::int64_t expected = record->version;
  const nlohmann::json details =
      apply_effects(connection, actor, input, *record, stored.facts.request, today);
  if (decision.to) {
    const std::string to(state_key(*decision.to));
    if (to != record->state) record->state_since = actor.now;
    record->state = to;
  }
  record->version += 1;
  record->updated_at = actor.now;
  if (!store::update_request(connection, *record, expected)) {
    // Cannot happen inside the write transaction the caller holds; if it does, the throw rolls
    // the effects above back with it.
    throw std::runtime_error("request " + std::to_string(record->id) +
                             " changed inside its own transaction");
  }
  record_event(connection, *record, actor.user.id, actor.now, action_key(input.action), from,
               record->state, input.comment, details);
  const State to = parse_state(record->state).value_or(stored.facts.state);
  notify(connection, *record,
         {std::string(action_key(input.action)), &actor.user, from, record->state, input.comment,
          actor.now},
         audiences_of_action(input.action, stored.facts.state, to), actor.mail);
  Outcome outcome;
  outcome.request = std::move(record);
  return outcome;
}

}  // namespace anskaffa::workflow
