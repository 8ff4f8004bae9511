#include "server/workflow/effects.h"

#include "server/store/agreements.h"
#include "server/store/attachments.h"
#include "server/store/audit.h"
#include "server/store/catalog.h"
#include "server/workflow/facts.h"
#include "server/workflow/usage.h"
#include "shared/catalog_rules.h"
#include "shared/request.h"
#include "shared/utf8.h"

namespace anskaffa::workflow {
namespace {

using nlohmann::json;

void audit_effect(store::Connection& connection, const Actor& actor, std::string entity,
                  std::int64_t entity_id, std::string action, std::string from, std::string to,
                  std::string comment, const json& details) {
  store::AuditEntry entry;
  entry.at = actor.now;
  entry.user_id = actor.user.id;
  entry.entity = std::move(entity);
  entry.entity_id = entity_id;
  entry.action = std::move(action);
  entry.from = std::move(from);
  entry.to = std::move(to);
  entry.comment = std::move(comment);
  entry.details = details.dump();
  store::append_audit(connection, entry);
}

std::string text_of(const Request& request, std::string_view key) {
  return std::string(request.text(key));
}

// The entry a decision on this request writes: the one it concerns, or for a new resource an
// entry of the same name (a resource rejected before and asked for again).
std::optional<store::CatalogRecord> decided_entry(store::Connection& connection,
                                                  const store::RequestRecord& record,
                                                  const Request& request) {
  if (const auto id = catalog_entry_of(connection, record, request)) {
    return store::find_catalog_entry(connection, *id);
  }
  if (record.kind == "usage_registration") return std::nullopt;
  return store::find_catalog_entry_by_name(connection, request.text("resource_name"));
}

// The entry's description of the resource, from the request that decides it.
void describe_resource(store::CatalogRecord& entry, const Request& request) {
  entry.name = text_of(request, "resource_name");
  entry.supplier_name = text_of(request, "supplier_name");
  entry.supplier_org_number = text_of(request, "supplier_org_number");
  entry.website_url = text_of(request, "website_url");
  entry.description = text_of(request, "description");
  entry.resource_type = request.has("resource_type") ? text_of(request, "resource_type") : "other";
  entry.grade_levels = json(request.set_of("grade_levels")).dump();
  entry.personal_data =
      json{{"processes_personal_data", text_of(request, "processes_personal_data")},
           {"data_categories", request.set_of("data_categories")},
           {"data_location", text_of(request, "data_location")},
           {"login_method", text_of(request, "login_method")}}
          .dump();
}

std::int64_t save_entry(store::Connection& connection, store::CatalogRecord& entry) {
  if (entry.id == 0) {
    entry.id = store::insert_catalog_entry(connection, entry);
  } else {
    store::update_catalog_entry(connection, entry);
  }
  return entry.id;
}

json record_dpa(store::Connection& connection, const Actor& actor, const ActionInput& input,
                store::RequestRecord& record, const Request& request) {
  if (input.agreement_id) {
    record.dpa_agreement_id = input.agreement_id;
    audit_effect(connection, actor, "agreement", *input.agreement_id, "link_request", "", "", "",
                 {{"request_id", record.id}});
    return {{"agreement_id", *input.agreement_id}};
  }
  std::string supplier = text_of(request, "supplier_name");
  if (supplier.empty() && record.catalog_id) {
    if (auto entry = store::find_catalog_entry(connection, *record.catalog_id)) {
      supplier = entry->supplier_name;
    }
  }
  store::AgreementRecord agreement;
  agreement.kind = "dpa";
  agreement.supplier_name = supplier.empty() ? record.resource_name : supplier;
  agreement.reference = std::string(trim(input.reference));
  agreement.signed_by = store::dpa_signatory;  // always the board, never a school (SPEC 1)
  agreement.signed_on = std::string(trim(input.signed_on));
  agreement.valid_from = std::string(trim(input.valid_from));
  agreement.valid_until = std::string(trim(input.valid_until));
  agreement.attachment_id = input.attachment_id;
  agreement.request_id = record.id;
  agreement.created_by = actor.user.id;
  agreement.created_at = actor.now;
  const std::int64_t id = store::insert_agreement(connection, agreement);
  record.dpa_agreement_id = id;
  audit_effect(connection, actor, "agreement", id, "create", "", "", "",
               {{"kind", "dpa"},
                {"reference", agreement.reference},
                {"valid_from", agreement.valid_from},
                {"valid_until", agreement.valid_until},
                {"request_id", record.id}});
  return {{"agreement_id", id}};
}

json approve(store::Connection& connection, const Actor& actor, const ActionInput& input,
             store::RequestRecord& record, const Request& request, const Date& today) {
  store::CatalogRecord entry;
  if (auto found = decided_entry(connection, record, request)) entry = std::move(*found);
  const std::string before = entry.status;
  const std::string conditions(trim(input.conditions));
  const bool usage = record.kind == "usage_registration" && entry.id != 0;
  if (!usage) describe_resource(entry, request);
  if (!usage || !conditions.empty()) {
    entry.status = conditions.empty() ? "approved" : "approved_with_conditions";
    entry.conditions = conditions;
    entry.reason.clear();
    entry.decided_at = actor.now;
    entry.request_id = record.id;
  }
  // The request's DPA now covers the entry, for every unit that uses it.
  if (record.dpa_agreement_id) entry.dpa_agreement_id = record.dpa_agreement_id;
  if (entry.created_at == 0) entry.created_at = actor.now;
  entry.updated_at = actor.now;
  const std::int64_t entry_id = save_entry(connection, entry);
  record.catalog_id = entry_id;
  audit_effect(connection, actor, "catalog_entry", entry_id, "approve", before, entry.status,
               input.comment, {{"request_id", record.id}, {"conditions", entry.conditions}});

  store::CatalogUsage use;
  use.catalog_id = entry_id;
  use.unit_id = record.unit_id;
  use.register_holder_name = text_of(request, "register_holder_name");
  use.register_holder_email = text_of(request, "register_holder_email");
  use.system_admin_name = text_of(request, "system_admin_name");
  use.system_admin_email = text_of(request, "system_admin_email");
  use.since = format_date(today);
  use.request_id = record.id;
  const auto previous = store::find_usage(connection, entry_id, use.unit_id);
  store::upsert_usage(connection, use);
  // DI's change feed hears of the new use, or of the persons a re-approval replaced.
  json changes = json::array();
  for (const store::UsageChange& change :
       record_approved_usage(connection, actor, previous, use, record.id)) {
    changes.push_back({{"id", change.id}, {"kind", change.kind}});
  }
  audit_effect(connection, actor, "catalog_usage", entry_id, "register_usage", "", "", "",
               {{"unit_id", use.unit_id},
                {"register_holder_name", use.register_holder_name},
                {"system_admin_name", use.system_admin_name},
                {"request_id", record.id},
                {"changes", changes}});
  return {{"catalog_id", entry_id}, {"status", entry.status}};
}

json reject(store::Connection& connection, const Actor& actor, const ActionInput& input,
            store::RequestRecord& record, const Request& request) {
  // Rejecting a usage registration says nothing about the resource itself.
  if (record.kind == "usage_registration") return json::object();
  store::CatalogRecord entry;
  if (auto found = decided_entry(connection, record, request)) entry = std::move(*found);
  // An approved entry stays approved: this unit's request was rejected, not the resource.
  if (entry.id != 0 && is_approved(entry.status)) return {{"catalog_id", entry.id}};
  const std::string before = entry.status;
  describe_resource(entry, request);
  entry.status = "not_approved";
  entry.conditions.clear();
  entry.reason = std::string(trim(input.comment));
  entry.decided_at = actor.now;
  entry.request_id = record.id;
  if (entry.created_at == 0) entry.created_at = actor.now;
  entry.updated_at = actor.now;
  const std::int64_t entry_id = save_entry(connection, entry);
  record.catalog_id = entry_id;
  audit_effect(connection, actor, "catalog_entry", entry_id, "reject", before, entry.status,
               entry.reason, {{"request_id", record.id}});
  return {{"catalog_id", entry_id}, {"status", entry.status}};
}

json mark_ordered(store::Connection& connection, const Actor& actor, const ActionInput& input,
                  store::RequestRecord& record) {
  record.order_reference = std::string(trim(input.order_reference));
  json details = {{"order_reference", record.order_reference}};
  if (input.service_agreement_id && record.catalog_id) {
    if (auto entry = store::find_catalog_entry(connection, *record.catalog_id)) {
      entry->service_agreement_id = input.service_agreement_id;
      entry->updated_at = actor.now;
      store::update_catalog_entry(connection, *entry);
      audit_effect(connection, actor, "catalog_entry", entry->id, "link_service_agreement", "", "",
                   "", {{"agreement_id", *input.service_agreement_id}, {"request_id", record.id}});
    }
    details["service_agreement_id"] = *input.service_agreement_id;
  }
  return details;
}

}  // namespace

std::string check_effect_input(store::Connection& connection, const store::RequestRecord& record,
                               const ActionInput& input) {
  if (input.action == Action::record_dpa && !input.agreement_id && input.attachment_id) {
    const auto attachment = store::find_attachment(connection, *input.attachment_id);
    if (!attachment || attachment->request_id != record.id) return "attachment_not_found";
  }
  return {};
}

json apply_effects(store::Connection& connection, const Actor& actor, const ActionInput& input,
                   store::RequestRecord& record, const Request& request, const Date& today) {
  switch (input.action) {
    case Action::assign:
      record.assignee = input.assignee.value_or(actor.user.id);
      return {{"assignee", *record.assignee}};
    case Action::record_dpa:
      return record_dpa(connection, actor, input, record, request);
    case Action::approve:
      return approve(connection, actor, input, record, request, today);
    case Action::reject:
      return reject(connection, actor, input, record, request);
    case Action::mark_ordered:
      return mark_ordered(connection, actor, input, record);
    default:
      return json::object();
  }
}

}  // namespace anskaffa::workflow
