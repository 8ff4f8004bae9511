#include "server/workflow/agreements.h"

#include <nlohmann/json.hpp>

#include "server/store/agreement_documents.h"
#include "server/store/agreement_entries.h"
#include "server/store/agreements.h"
#include "server/store/attachments.h"
#include "server/store/audit.h"
#include "server/workflow/facts.h"
#include "shared/texts.h"
#include "shared/utf8.h"

namespace anskaffa::workflow {
namespace {

using nlohmann::json;

json optional_id(const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); }

void audit_register_change(store::Connection& connection, const Actor& actor, std::string entity,
                           std::int64_t entity_id, std::string action, const json& details,
                           std::string from = {}, std::string to = {}) {
  store::AuditEntry entry;
  entry.at = actor.now;
  entry.user_id = actor.user.id;
  entry.entity = std::move(entity);
  entry.entity_id = entity_id;
  entry.action = std::move(action);
  entry.from = std::move(from);
  entry.to = std::move(to);
  entry.details = details.dump();
  store::append_audit(connection, entry);
}

AgreementOutcome invalid(Findings findings) {
  return {422, "invalid_request", "error.invalid_request", std::move(findings), 0};
}

void append(Findings& to, const Findings& more) { to.insert(to.end(), more.begin(), more.end()); }

// A finding on catalog_ids for each id that names no catalogue entry.
void check_catalog_ids(store::Connection& connection, const std::vector<std::int64_t>& ids,
                       Lang lang, Findings& findings) {
  for (const std::int64_t id : store::unknown_catalog_ids(connection, ids)) {
    findings.push_back(
        Finding{"catalog_ids", "catalog_entry_not_found", Severity::error,
                format_text(lang, "finding.catalog_entry_not_found",
                            {{"label", std::string(text(lang, "agreement.field.catalog_ids"))},
                             {"id", std::to_string(id)}})});
  }
}

// Covers the entries and writes the audit rows of every entry whose link changed.
void cover(store::Connection& connection, const Actor& actor, const store::AgreementRecord& a,
           const std::vector<std::int64_t>& catalog_ids) {
  const auto links = store::cover_entries(connection, a.id, a.kind, catalog_ids, actor.now);
  const char* action = a.kind == "dpa" ? "link_dpa" : "link_service_agreement";
  for (const store::EntryLink& link : links) {
    audit_register_change(connection, actor, "catalog_entry", link.catalog_id, action,
                          {{"agreement_id", a.id},
                           {"before", optional_id(link.before)},
                           {"after", optional_id(link.after)}});
  }
}

json covered_ids(store::Connection& connection, std::int64_t id) {
  json ids = json::array();
  for (const auto& entry : store::covered_entries(connection, id)) ids.push_back(entry.id);
  return ids;
}

}  // namespace

AgreementOutcome create_agreement(store::Connection& connection, const Actor& actor,
                                  const NewAgreement& in) {
  Findings findings = check_agreement_draft(in.draft, actor.lang);
  check_catalog_ids(connection, in.catalog_ids, actor.lang, findings);
  if (in.attachment_id && !store::find_attachment(connection, *in.attachment_id)) {
    findings.push_back(Finding{
        "attachment_id", "unknown_attachment", Severity::error,
        format_text(actor.lang, "finding.unknown_attachment",
                    {{"label", std::string(text(actor.lang, "agreement.field.attachment_id"))}})});
  }
  if (!findings.empty()) return invalid(std::move(findings));

  store::AgreementRecord a;
  a.kind = std::string(trim(in.draft.kind));
  a.supplier_name = std::string(trim(in.draft.supplier_name));
  a.reference = std::string(trim(in.draft.reference));
  // A DPA is always signed by the education board, never by whoever records it (SPEC 1).
  a.signed_by = a.kind == "dpa" ? store::dpa_signatory : "";
  a.route = a.kind == "dpa" ? "" : std::string(trim(in.draft.route.value_or("")));
  a.signed_on = std::string(trim(in.draft.signed_on));
  a.valid_from = std::string(trim(in.draft.valid_from));
  a.valid_until = std::string(trim(in.draft.valid_until));
  a.attachment_id = in.attachment_id;
  a.created_by = actor.user.id;
  a.created_at = actor.now;
  a.id = store::insert_agreement(connection, a);
  audit_register_change(connection, actor, "agreement", a.id, "create",
                        {{"kind", a.kind},
                         {"supplier_name", a.supplier_name},
                         {"reference", a.reference},
                         {"route", a.route},
                         {"signed_on", a.signed_on},
                         {"valid_from", a.valid_from},
                         {"valid_until", a.valid_until},
                         {"catalog_ids", in.catalog_ids},
                         {"attachment_id", optional_id(in.attachment_id)}});
  if (!in.catalog_ids.empty()) cover(connection, actor, a, in.catalog_ids);
  return {201, {}, {}, {}, a.id};
}

AgreementOutcome change_agreement(store::Connection& connection, const Actor& actor,
                                  std::int64_t id, const AgreementChange& change) {
  auto found = store::find_agreement(connection, id);
  if (!found) return {404, "not_found", "agreements.error.not_found", {}, 0};
  store::AgreementRecord a = std::move(*found);
  const AgreementPeriod period = agreement_period(a);
  if ((change.renewal || change.terminated_on) && !takes_period_changes(period)) {
    return {409, "wrong_state", "agreements.error.terminated", {}, 0};
  }

  Findings findings;
  if (change.reference) {
    append(findings, check_agreement_text("reference", *change.reference, actor.lang));
  }
  if (change.supplier_name) {
    append(findings, check_agreement_text("supplier_name", *change.supplier_name, actor.lang));
  }
  if (change.route) append(findings, check_agreement_route(a.kind, *change.route, actor.lang));
  if (change.catalog_ids) check_catalog_ids(connection, *change.catalog_ids, actor.lang, findings);
  if (change.renewal) {
    append(findings, check_renewal(*change.renewal, period.valid_from, actor.lang));
  }
  if (change.terminated_on) append(findings, check_termination(*change.terminated_on, actor.lang));
  if (!findings.empty()) return invalid(std::move(findings));

  a.updated_at = actor.now;
  json edits = json::object();
  const auto edit = [&](const char* field, std::string& value,
                        const std::optional<std::string>& to) {
    if (!to) return;
    const std::string next(trim(*to));
    if (next == value) return;
    edits[field] = {{"from", value}, {"to", next}};
    value = next;
  };
  edit("reference", a.reference, change.reference);
  edit("supplier_name", a.supplier_name, change.supplier_name);
  if (a.kind != "dpa") edit("route", a.route, change.route);
  if (!edits.empty()) {
    store::update_agreement(connection, a);
    audit_register_change(connection, actor, "agreement", id, "edit", {{"changes", edits}});
  }

  if (change.catalog_ids) {
    const json before = covered_ids(connection, id);
    cover(connection, actor, a, *change.catalog_ids);
    const json after = covered_ids(connection, id);
    if (before != after) {
      audit_register_change(connection, actor, "agreement", id, "cover",
                            {{"before", before}, {"after", after}});
    }
  }

  if (change.renewal) {
    const store::AgreementPeriodRecord next{
        std::string(trim(change.renewal->signed_on)), std::string(trim(change.renewal->valid_from)),
        std::string(trim(change.renewal->valid_until)), actor.user.id, actor.now};
    store::renew_agreement(connection, id, next);
    audit_register_change(connection, actor, "agreement", id, "renew",
                          {{"before",
                            {{"signed_on", a.signed_on},
                             {"valid_from", a.valid_from},
                             {"valid_until", a.valid_until}}},
                           {"after",
                            {{"signed_on", next.signed_on},
                             {"valid_from", next.valid_from},
                             {"valid_until", next.valid_until}}}},
                          a.valid_until, next.valid_until);
    a.signed_on = next.signed_on;
    a.valid_from = next.valid_from;
    a.valid_until = next.valid_until;
  }

  if (change.terminated_on) {
    a.terminated = true;
    a.terminated_on = std::string(trim(*change.terminated_on));
    store::update_agreement(connection, a);
    audit_register_change(connection, actor, "agreement", id, "terminate",
                          {{"terminated_on", *a.terminated_on}}, "", "terminated");
  }
  return {200, {}, {}, {}, id};
}

AgreementOutcome attach_agreement_document(store::Connection& connection, const Actor& actor,
                                           std::int64_t id, const std::string& name,
                                           const std::string& sha256, std::string_view content) {
  if (!store::find_agreement(connection, id)) {
    return {404, "not_found", "agreements.error.not_found", {}, 0};
  }
  store::AgreementDocument document;
  document.agreement_id = id;
  document.name = name;
  document.sha256 = sha256;
  document.uploaded_by = actor.user.id;
  document.uploaded_at = actor.now;
  const std::int64_t document_id = store::insert_agreement_document(connection, document, content);
  audit_register_change(connection, actor, "agreement", id, "attach_document",
                        {{"document_id", document_id},
                         {"name", name},
                         {"size", static_cast<std::int64_t>(content.size())},
                         {"sha256", sha256}});
  return {201, {}, {}, {}, document_id};
}

}  // namespace anskaffa::workflow
