#include "server/workflow/facts.h"

#include "server/http/validation_context.h"
#include "server/store/agreements.h"
#include "server/store/catalog.h"
#include "shared/request_json.h"
#include "shared/validate.h"

namespace anskaffa::workflow {

User core_user(const store::User& user) {
  User core;
  core.id = user.id;
  for (const std::string& key : user.roles) {
    if (const auto role = parse_role(key)) core.roles.push_back(*role);
  }
  core.units = user.units;
  return core;
}

std::string date_text(std::int64_t unix_seconds) {
  return format_date(http::local_date(unix_seconds));
}

StoredRequest stored_request(store::Connection& connection, const store::RequestRecord& record,
                             Lang lang) {
  StoredRequest stored;
  RequestFacts& facts = stored.facts;
  facts.id = record.id;
  facts.owner_id = record.owner_id;
  facts.state = parse_state(record.state).value_or(State::awaiting_principal);
  facts.version = record.version;
  facts.state_since = http::local_date(record.state_since);
  facts.assignee = record.assignee;
  const auto form = parse_json_object(record.form);
  DecodedRequest decoded = decode_request(form ? *form : nlohmann::json::object(), lang);
  facts.request = std::move(decoded.request);
  const Date reference =
      parse_date(record.reference_date).value_or(http::local_date(record.created_at));
  stored.findings = validate(facts.request, http::validation_context(connection, reference, lang));
  facts.has_error_findings = has_errors(stored.findings);
  return stored;
}

bool may_see(store::Connection& connection, const store::User& user,
             const store::RequestRecord& record) {
  return can_see(core_user(user), stored_request(connection, record, Lang::sv).facts);
}

std::optional<std::int64_t> catalog_entry_of(store::Connection& connection,
                                             const store::RequestRecord& record,
                                             const Request& request) {
  if (record.catalog_id) return record.catalog_id;
  if (const auto id = request.integer("catalog_id")) {
    if (store::find_catalog_entry(connection, *id)) return id;
  }
  return std::nullopt;
}

AgreementPeriod agreement_period(const store::AgreementRecord& agreement) {
  return store::period_of(agreement);
}

namespace {

// terminated is asked about today: a termination recorded ahead of its date leaves the
// agreement valid until then, as store::agreement_valid_on has it.
std::optional<AgreementFacts> agreement_facts(store::Connection& connection, std::int64_t id,
                                              const Date& today) {
  const auto agreement = store::find_agreement(connection, id);
  if (!agreement) return std::nullopt;
  if (!parse_date(agreement->valid_from) || !parse_date(agreement->valid_until)) {
    return std::nullopt;
  }
  const AgreementPeriod period = agreement_period(*agreement);
  AgreementFacts facts;
  facts.kind = agreement->kind == "dpa" ? AgreementFacts::Kind::dpa
                                        : AgreementFacts::Kind::service_agreement;
  facts.valid_from = period.valid_from;
  facts.valid_until = period.valid_until;
  facts.terminated = terminated_by(period.terminated_on, today);
  return facts;
}

}  // namespace

WorkflowContext workflow_context(store::Connection& connection, const store::RequestRecord& record,
                                 const Request& request, const ActionInput* input,
                                 const Date& today) {
  WorkflowContext context;
  context.today = today;
  const std::string day = format_date(today);
  std::optional<store::CatalogRecord> entry;
  if (const auto entry_id = catalog_entry_of(connection, record, request)) {
    entry = store::find_catalog_entry(connection, *entry_id);
  }
  context.dpa_valid =
      store::agreement_valid_on(connection, record.dpa_agreement_id, "dpa", day) ||
      (entry && store::agreement_valid_on(connection, entry->dpa_agreement_id, "dpa", day));
  context.service_agreement_valid =
      entry &&
      store::agreement_valid_on(connection, entry->service_agreement_id, "service_agreement", day);
  if (input != nullptr) {
    const auto named =
        input->action == Action::record_dpa ? input->agreement_id : input->service_agreement_id;
    if (named) context.referenced_agreement = agreement_facts(connection, *named, today);
    if (input->assignee) {
      const auto assignee = store::find_user(connection, *input->assignee);
      context.assignee_is_reviewer =
          assignee && !assignee->disabled && core_user(*assignee).has(Role::reviewer);
    }
  }
  return context;
}

}  // namespace anskaffa::workflow
