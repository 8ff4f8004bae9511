#include "web/api/catalog.h"

#include <nlohmann/json.hpp>

#include "web/api/json_fields.h"
#include "web/api/url.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

std::vector<std::string> strings_at(const nlohmann::json& object, const char* key) {
  std::vector<std::string> out;
  if (!object.is_object()) return out;
  const auto found = object.find(key);
  if (found == object.end() || !found->is_array()) return out;
  for (const auto& item : *found) {
    if (item.is_string()) out.push_back(item.get<std::string>());
  }
  return out;
}

CatalogItem item_of(const nlohmann::json& item) {
  CatalogItem out;
  out.id = integer_at(item, "id");
  out.name = string_at(item, "name");
  out.supplier_name = string_at(item, "supplier_name");
  out.resource_type = string_at(item, "resource_type");
  out.grade_levels = strings_at(item, "grade_levels");
  out.status = string_at(item, "status");
  out.conditions = string_at(item, "conditions");
  out.dpa_valid_until = string_at(item, "dpa_valid_until");
  out.dpa_expired = boolean_at(item, "dpa_expired");
  out.unit_count = integer_at(item, "unit_count");
  return out;
}

AgreementRef agreement_of(const nlohmann::json& entry, const char* key) {
  AgreementRef out;
  const auto found = entry.find(key);
  if (found == entry.end() || !found->is_object()) return out;
  out.present = true;
  out.reference = string_at(*found, "reference");
  out.valid_from = string_at(*found, "valid_from");
  out.valid_until = string_at(*found, "valid_until");
  out.valid = boolean_at(*found, "valid");
  out.expired = boolean_at(*found, "expired");
  return out;
}

CatalogEntry entry_of(const nlohmann::json& body) {
  CatalogEntry out;
  out.id = integer_at(body, "id");
  out.name = string_at(body, "name");
  out.supplier_name = string_at(body, "supplier_name");
  out.supplier_org_number = string_at(body, "supplier_org_number");
  out.website_url = string_at(body, "website_url");
  out.description = string_at(body, "description");
  out.resource_type = string_at(body, "resource_type");
  out.grade_levels = strings_at(body, "grade_levels");
  out.status = string_at(body, "status");
  out.conditions = string_at(body, "conditions");
  out.reason = string_at(body, "reason");
  out.decided_on = string_at(body, "decided_on");
  out.case_number = string_at(body, "case_number");
  out.dpa = agreement_of(body, "dpa");
  out.service_agreement = agreement_of(body, "service_agreement");
  out.dpa_expired = boolean_at(body, "dpa_expired");
  const auto units = body.find("units");
  if (units != body.end() && units->is_array()) {
    for (const auto& unit : *units) {
      if (!unit.is_object()) continue;
      out.units.push_back({.unit_id = integer_at(unit, "unit_id"),
                           .unit_name = string_at(unit, "unit_name"),
                           .register_holder_name = string_at(unit, "register_holder_name"),
                           .register_holder_email = string_at(unit, "register_holder_email"),
                           .system_admin_name = string_at(unit, "system_admin_name"),
                           .system_admin_email = string_at(unit, "system_admin_email"),
                           .since = string_at(unit, "since"),
                           .ended = string_at(unit, "ended")});
    }
  }
  return out;
}

}  // namespace

std::string catalog_list_url(const CatalogQuery& query) {
  std::string url = "/api/v1/catalog?page=" + std::to_string(query.page) +
                    "&per_page=" + std::to_string(query.per_page);
  if (!query.text.empty()) url += "&q=" + percent_encoded(query.text);
  if (!query.grade.empty()) url += "&grade=" + percent_encoded(query.grade);
  if (!query.type.empty()) url += "&type=" + percent_encoded(query.type);
  if (!query.status.empty()) url += "&status=" + percent_encoded(query.status);
  return url;
}

std::string export_url(std::string_view register_name, Lang lang) {
  return "/api/v1/export/" + std::string(register_name) +
         ".csv?lang=" + std::string(lang_code(lang));
}

void fetch_catalog(const CatalogQuery& query, Lang lang,
                   std::function<void(const CatalogListResult&)> done) {
  HttpRequest request{.url = catalog_list_url(query),
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    CatalogListResult result;
    result.status = response.status;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 && body.is_object()) {
      result.total = integer_at(body, "total");
      result.items = items_at(body, item_of);
    }
    done(result);
  });
}

void fetch_catalog_entry(std::int64_t id, Lang lang,
                         std::function<void(const CatalogEntryResult&)> done) {
  HttpRequest request{.url = "/api/v1/catalog/" + std::to_string(id),
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    CatalogEntryResult result;
    result.status = response.status;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 && body.is_object()) {
      result.entry = entry_of(body);
    } else {
      result.message = error_at(body).message;
    }
    done(result);
  });
}

}  // namespace anskaffa::web::api
