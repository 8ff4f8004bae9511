#include <nlohmann/json.hpp>
#include <stdexcept>

#include "server/demo/demo_catalog.h"
#include "server/demo/demo_parts.h"
#include "server/store/agreements.h"
#include "server/store/audit.h"
#include "server/store/catalog.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "server/workflow/usage.h"
#include "shared/catalog_rules.h"
#include "shared/request_json.h"

namespace anskaffa::demo {
namespace {

using nlohmann::json;

std::string text_or(const json& entry, const char* key, const char* fallback = "") {
  const auto it = entry.find(key);
  return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
}

std::int64_t agreement(store::Connection& connection, const std::string& kind,
                       const std::string& supplier, const std::string& reference,
                       const std::string& route, std::int64_t from, std::int64_t until,
                       std::int64_t now) {
  store::AgreementRecord a;
  a.kind = kind;
  a.supplier_name = supplier;
  a.reference = reference;
  a.route = route;
  a.signed_by = kind == "dpa" ? store::dpa_signatory : "";
  a.signed_on = workflow::date_text(from - 7 * day);
  a.valid_from = workflow::date_text(from);
  a.valid_until = workflow::date_text(until);
  a.created_at = now;
  const std::int64_t id = store::insert_agreement(connection, a);
  store::AuditEntry audit;
  audit.at = now;
  audit.entity = "agreement";
  audit.entity_id = id;
  audit.action = "create";
  audit.details = json{{"kind", kind}, {"reference", reference}, {"source", "demo-data"}}.dump();
  store::append_audit(connection, audit);
  return id;
}

// The reviewer who decided the demo catalogue's entries.
workflow::Actor catalogue_reviewer(store::Connection& connection, const DemoIds& ids,
                                   std::int64_t at) {
  const auto user = store::find_user(connection, ids.users.at("granskare@demo.anskaffa.example"));
  if (!user) throw std::runtime_error("demo-data: no reviewer");
  return workflow::Actor{*user, Lang::sv, at, workflow::MailSettings{}};
}

}  // namespace

void seed_catalogue(store::Connection& connection, DemoIds& ids, std::int64_t now) {
  const auto catalog = parse_json_object(demo_catalog_json());
  if (!catalog || !catalog->contains("entries")) {
    throw std::runtime_error("the embedded demo catalogue is not valid JSON");
  }
  // The education administration's two framework agreements (SPEC 5, seed).
  // ATEA's first term; demo_agreements.cpp renews it.
  ids.atea_agreement = agreement(connection, "service_agreement", "Atea Sverige AB (ramavtal)",
                                 "RAM-ATEA-2024", "atea", now - 1660 * day, now - 200 * day, now);
  const std::int64_t gr = agreement(connection, "service_agreement", "GR Utbildning (ramavtal)",
                                    "RAM-GR-2023", "gr_utbildning", now - 900 * day, now + 45 * day,
                                    now);  // renewal due within 90 days
  ids.gr_agreement = gr;

  int index = 0;
  for (const json& item : catalog->at("entries")) {
    store::CatalogRecord entry;
    entry.name = text_or(item, "name");
    entry.supplier_name = text_or(item, "supplier_name");
    entry.website_url = text_or(item, "website_url");
    entry.description = text_or(item, "description");
    entry.resource_type = text_or(item, "resource_type", "other");
    entry.grade_levels = item.value("grade_levels", json::array()).dump();
    entry.personal_data =
        json{{"processes_personal_data", text_or(item, "processes_personal_data")},
             {"data_categories", item.value("data_categories", json::array())},
             {"data_location", text_or(item, "data_location")},
             {"login_method", text_or(item, "login_method")}}
            .dump();
    entry.status = text_or(item, "status", "approved");
    entry.conditions = text_or(item, "conditions");
    entry.reason = text_or(item, "reason");
    entry.decided_at = now - (30 + 11 * index) * day;
    entry.created_at = *entry.decided_at;
    entry.updated_at = *entry.decided_at;
    const bool listed = is_approved(entry.status);
    if (listed && text_or(item, "processes_personal_data") != "no") {
      // Most DPAs run for years; every fifth expires within 90 days, and one has expired.
      const std::int64_t until = index == 7       ? now - 20 * day
                                 : index % 5 == 0 ? now + (20 + index) * day
                                                  : now + (300 + 17 * index) * day;
      entry.dpa_agreement_id =
          agreement(connection, "dpa", entry.supplier_name,
                    "PUB-" + std::to_string(2023 + index % 3) + "-" + std::to_string(100 + index),
                    "", now - (400 + index) * day, until, now);
    }
    if (listed) entry.service_agreement_id = index % 3 == 0 ? gr : ids.atea_agreement;
    entry.id = store::insert_catalog_entry(connection, entry);
    ids.catalog[entry.name] = entry.id;
    store::AuditEntry audit;
    audit.at = now;
    audit.entity = "catalog_entry";
    audit.entity_id = entry.id;
    audit.action = "create";
    audit.to = entry.status;
    audit.details = json{{"source", "demo-data"}}.dump();
    store::append_audit(connection, audit);

    // The first listed entries are in use at a unit or two.
    if (listed && index < 16) {
      const char* units[] = {"Exempelskolan", "Demoskolan", "Fiktiva gymnasiet",
                             "Påhittsgårdens förskola"};
      store::CatalogUsage use;
      use.catalog_id = entry.id;
      use.unit_id = ids.units.at(units[index % 4]);
      use.register_holder_name = "Rut Rektorsson";
      use.register_holder_email = "rektor.exempel@demo.anskaffa.example";
      use.system_admin_name = "Sam Systemsson";
      use.system_admin_email = "sam.systemsson@demo.anskaffa.example";
      use.since = workflow::date_text(*entry.decided_at);
      store::upsert_usage(connection, use);
      // As an approval would: DI's feed hears that the unit started using it.
      workflow::record_approved_usage(connection,
                                      catalogue_reviewer(connection, ids, *entry.decided_at),
                                      std::nullopt, use, std::nullopt);
    }
    ++index;
  }
}

}  // namespace anskaffa::demo
