#include "server/http/agreement_view.h"

#include "server/http/request_view.h"
#include "server/store/agreement_documents.h"
#include "server/store/agreement_entries.h"
#include "server/store/requests.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "shared/agreements.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

json text_or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json person(store::Connection& connection, const std::optional<std::int64_t>& id) {
  if (!id) return nullptr;
  const auto user = store::find_user(connection, *id);
  if (!user) return {{"id", *id}, {"name", nullptr}};
  return {{"id", user->id}, {"name", user->name}};
}

}  // namespace

json agreement_item(store::Connection& connection, const store::AgreementRecord& a,
                    const Date& today) {
  const AgreementPeriod period = workflow::agreement_period(a);
  json entries = json::array();
  for (const store::CoveredEntry& entry : store::covered_entries(connection, a.id)) {
    entries.push_back({{"id", entry.id}, {"name", entry.name}});
  }
  const auto document = store::newest_agreement_document(connection, a.id);
  json case_number = nullptr;
  if (a.request_id) {
    if (const auto request = store::find_request(connection, *a.request_id)) {
      case_number = request->case_number;
    }
  }
  return {{"id", a.id},
          {"kind", a.kind},
          {"supplier_name", a.supplier_name},
          {"reference", a.reference},
          {"route", text_or_null(a.route)},
          {"signed_by", a.signed_by},  // "" for a service agreement: no signatory is recorded
          {"signed_on", a.signed_on},
          {"valid_from", a.valid_from},
          {"valid_until", a.valid_until},
          {"terminated_on", a.terminated_on ? json(*a.terminated_on) : json(nullptr)},
          {"status", agreement_status_key(agreement_status(period, today))},
          {"days_left", days_left(period, today)},
          {"entries", std::move(entries)},
          {"has_document", document.has_value()},
          {"document_id", document ? json(document->id) : json(nullptr)},
          {"request_id", a.request_id ? json(*a.request_id) : json(nullptr)},
          {"case_number", std::move(case_number)}};
}

json agreement_view(store::Connection& connection, const store::AgreementRecord& a,
                    const Date& today) {
  json view = agreement_item(connection, a, today);
  json periods = json::array();
  for (const store::AgreementPeriodRecord& p : store::list_periods(connection, a.id)) {
    periods.push_back({{"signed_on", p.signed_on},
                       {"valid_from", p.valid_from},
                       {"valid_until", p.valid_until},
                       {"recorded_at", iso_time(p.recorded_at)},
                       {"recorded_by", person(connection, p.recorded_by)}});
  }
  json documents = json::array();
  for (const store::AgreementDocument& d : store::list_agreement_documents(connection, a.id)) {
    documents.push_back({{"id", d.id},
                         {"name", d.name},
                         {"size", d.size},
                         {"uploaded_at", iso_time(d.uploaded_at)}});
  }
  view["periods"] = std::move(periods);
  view["documents"] = std::move(documents);
  return view;
}

}  // namespace anskaffa::http
