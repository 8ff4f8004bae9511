#include "server/http/catalog_view.h"

#include <optional>
#include <string>

#include "server/http/request_view.h"
#include "server/store/agreements.h"
#include "server/store/requests.h"
#include "server/workflow/facts.h"
#include "shared/agreements.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

// Stored JSON read back; a column that does not parse (it never should) shows as the fallback.
json stored_json(const std::string& text, json fallback) {
  auto parsed = json::parse(text, nullptr, false);
  return parsed.is_discarded() ? fallback : parsed;
}

bool ended(const store::AgreementRecord& agreement, const std::string& today) {
  const auto day = parse_date(today);
  if (!day) return false;
  const AgreementStatus status = agreement_status(store::period_of(agreement), *day);
  return status == AgreementStatus::expired || status == AgreementStatus::terminated;
}

json id_or_null(const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); }

// {id, reference, valid_from, valid_until, valid, expired}; valid is agreement_valid_on's rule,
// the one the workflow enforces; expired says the period is over or a termination has taken
// effect, as the core's agreement_status has it (one recorded for a later day has not yet).
json agreement_view(store::Connection& connection, const std::optional<std::int64_t>& id,
                    const std::string& kind, const std::string& today) {
  if (!id) return nullptr;
  const auto agreement = store::find_agreement(connection, *id);
  if (!agreement) return nullptr;
  return {{"id", agreement->id},
          {"reference", agreement->reference},
          {"valid_from", agreement->valid_from},
          {"valid_until", agreement->valid_until},
          {"valid", store::agreement_valid_on(connection, id, kind, today)},
          {"expired", ended(*agreement, today)}};
}

}  // namespace

json catalog_list_item(const store::CatalogListItem& item) {
  const store::CatalogRecord& e = item.entry;
  return {{"id", e.id},
          {"name", e.name},
          {"supplier_name", e.supplier_name},
          {"resource_type", e.resource_type},
          {"grade_levels", stored_json(e.grade_levels, json::array())},
          {"status", e.status},
          {"conditions", e.conditions},
          {"dpa_valid_until", item.dpa_valid_until ? json(*item.dpa_valid_until) : json(nullptr)},
          {"dpa_expired", item.dpa_expired},
          {"unit_count", item.unit_count}};
}

json catalog_entry_view(store::Connection& connection, const store::CatalogRecord& e,
                        const Date& today) {
  const std::string day = format_date(today);
  json case_number = nullptr;
  if (e.request_id) {
    if (const auto request = store::find_request(connection, *e.request_id)) {
      case_number = request->case_number;
    }
  }
  json units = json::array();
  for (const store::UsageRow& row : store::list_usage_rows(connection, e.id)) {
    const store::CatalogUsage& u = row.usage;
    units.push_back({{"unit_id", u.unit_id},
                     {"unit_name", row.unit_name},
                     {"register_holder_name", u.register_holder_name},
                     {"register_holder_email", u.register_holder_email},
                     {"system_admin_name", u.system_admin_name},
                     {"system_admin_email", u.system_admin_email},
                     {"since", u.since},
                     {"ended", u.ended ? json(*u.ended) : json(nullptr)}});
  }
  json dpa = agreement_view(connection, e.dpa_agreement_id, "dpa", day);
  const bool dpa_expired =
      dpa.is_object() ? !dpa.at("valid").get<bool>() : e.dpa_agreement_id.has_value();
  return {{"id", e.id},
          {"name", e.name},
          {"supplier_name", e.supplier_name},
          {"supplier_org_number", e.supplier_org_number},
          {"website_url", e.website_url},
          {"description", e.description},
          {"resource_type", e.resource_type},
          {"grade_levels", stored_json(e.grade_levels, json::array())},
          {"personal_data", stored_json(e.personal_data, json::object())},
          {"status", e.status},
          {"conditions", e.conditions},
          {"reason", e.reason},
          {"decided_at", e.decided_at ? json(iso_time(*e.decided_at)) : json(nullptr)},
          {"decided_on", e.decided_at ? json(workflow::date_text(*e.decided_at)) : json(nullptr)},
          {"dpa_agreement_id", id_or_null(e.dpa_agreement_id)},
          {"service_agreement_id", id_or_null(e.service_agreement_id)},
          {"request_id", id_or_null(e.request_id)},
          {"case_number", case_number},
          {"created_at", iso_time(e.created_at)},
          {"updated_at", iso_time(e.updated_at)},
          {"dpa", std::move(dpa)},
          {"service_agreement",
           agreement_view(connection, e.service_agreement_id, "service_agreement", day)},
          {"dpa_expired", dpa_expired},
          {"units", std::move(units)}};
}

}  // namespace anskaffa::http
