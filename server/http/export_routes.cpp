// SPEC 5's exports for reviewers and security coordinators (the core's export_registers): the
// catalogue, one row per entry, and the register of which units use which resource, one row per
// entry and unit. Headings and coded values in the request's language; cells made safe by csv.h.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "server/http/csv.h"
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/query_params.h"
#include "server/http/routes.h"
#include "server/http/validation_context.h"
#include "server/store/catalog.h"
#include "server/store/catalog_search.h"
#include "server/workflow/facts.h"
#include "shared/lang.h"
#include "shared/registers.h"
#include "shared/texts.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

std::string label(Lang lang, const std::string& key) { return std::string(text(lang, key)); }

std::vector<std::string> headings(Lang lang, std::string_view prefix,
                                  std::initializer_list<std::string_view> columns) {
  std::vector<std::string> row;
  for (std::string_view column : columns) {
    row.push_back(label(lang, std::string(prefix) + std::string(column)));
  }
  return row;
}

// "Åk 4–6, Åk 7–9": the grade keys of an entry by their labels in lang.
std::string grade_labels(Lang lang, const std::string& stored) {
  const json grades = json::parse(stored, nullptr, false);
  std::string joined;
  if (!grades.is_array()) return joined;
  for (const json& grade : grades) {
    if (!grade.is_string()) continue;
    if (!joined.empty()) joined += ", ";
    joined += label(lang, "option.grade_levels." + grade.get<std::string>());
  }
  return joined;
}

std::string catalog_csv(store::Connection& connection, Lang lang, const Date& today) {
  std::string csv(csv_bom);
  csv += csv_row(
      headings(lang, "export.catalog.",
               {"name", "supplier", "org_number", "type", "grades", "status", "conditions",
                "decided", "dpa_reference", "dpa_valid_until", "service_agreement", "units"}));
  store::CatalogQuery all;
  all.today = format_date(today);
  all.per_page = INT64_MAX / 2;  // every entry: an export is not paged
  for (const store::CatalogListItem& item : store::search_catalog(connection, all).items) {
    const store::CatalogRecord& e = item.entry;
    csv += csv_row(
        {e.name, e.supplier_name, e.supplier_org_number,
         label(lang, "option.resource_type." + e.resource_type), grade_labels(lang, e.grade_levels),
         label(lang, "catalog_status." + e.status), e.conditions.empty() ? e.reason : e.conditions,
         e.decided_at ? workflow::date_text(*e.decided_at) : "", item.dpa_reference.value_or(""),
         item.dpa_valid_until.value_or(""), item.service_agreement_reference.value_or(""),
         std::to_string(item.unit_count)});
  }
  return csv;
}

std::string usage_csv(store::Connection& connection, Lang lang) {
  std::string csv(csv_bom);
  csv += csv_row(headings(lang, "export.usage.",
                          {"resource", "unit", "register_holder_name", "register_holder_email",
                           "system_admin_name", "system_admin_email", "since", "ended"}));
  for (const store::UsageRow& row : store::list_usage_rows(connection, std::nullopt)) {
    const store::CatalogUsage& u = row.usage;
    csv +=
        csv_row({row.resource_name, row.unit_name, u.register_holder_name, u.register_holder_email,
                 u.system_admin_name, u.system_admin_email, u.since, u.ended.value_or("")});
  }
  return csv;
}

void send_csv(httplib::Response& response, const std::string& name, const Date& today,
              std::string body) {
  response.status = 200;
  response.set_header("Content-Disposition", "attachment; filename=\"anskaffa-" + name + "-" +
                                                 format_date(today) + ".csv\"");
  response.set_content(std::move(body), "text/csv; charset=utf-8");
}

// The language of the file: `?lang=` when the app asks in the language it shows (a download
// the browser starts sends the browser's Accept-Language, not the app's choice), else the
// request's Accept-Language.
Lang export_lang(const httplib::Request& request) {
  if (const auto lang = query_param(request, "lang")) return parse_lang(*lang);
  return request_lang(request);
}

// The signed-in user when the core lets them export; else the refusal is answered.
bool exporter(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return false;
  if (!may(workflow::core_user(*user), RegisterAccess::export_registers)) {
    send_error(response, request, 403);
    return false;
  }
  return true;
}

}  // namespace

void add_export_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/export/catalog.csv", [&app](const httplib::Request& request,
                                                  httplib::Response& response) {
    if (!exporter(app, request, response)) return;
    const Date today = local_date(app.clock());
    auto connection = app.database.connect();
    send_csv(response, "catalog", today, catalog_csv(*connection, export_lang(request), today));
  });
  routes.get("/api/v1/export/usage.csv",
             [&app](const httplib::Request& request, httplib::Response& response) {
               if (!exporter(app, request, response)) return;
               const Date today = local_date(app.clock());
               auto connection = app.database.connect();
               send_csv(response, "usage", today, usage_csv(*connection, export_lang(request)));
             });
}

}  // namespace anskaffa::http
