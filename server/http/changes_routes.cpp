// SPEC 5's feed of the units' changes for DI: a use started, a new register holder or system
// administrator, an end of use. Reviewers and security coordinators (the core's read_changes).
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/query_params.h"
#include "server/http/request_view.h"
#include "server/http/routes.h"
#include "server/store/usage_changes.h"
#include "server/workflow/facts.h"
#include "shared/registers.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

std::optional<store::UsageChangeQuery> read_changes_query(const httplib::Request& request) {
  store::UsageChangeQuery query;
  if (auto unit = query_param(request, "unit_id")) {
    query.unit_id = positive_integer(*unit);
    if (!query.unit_id) return std::nullopt;
  }
  if (auto entry = query_param(request, "catalog_id")) {
    query.catalog_id = positive_integer(*entry);
    if (!query.catalog_id) return std::nullopt;
  }
  const auto paging = read_paging(request);
  if (!paging) return std::nullopt;
  query.page = paging->page;
  query.per_page = paging->per_page;
  return query;
}

json change_item(const store::UsageChangeRow& row) {
  const store::UsageChange& c = row.change;
  json by = nullptr;
  if (c.user_id) by = {{"id", *c.user_id}, {"name", row.user_name.value_or("")}};
  json item = {{"id", c.id},
               {"at", iso_time(c.at)},
               {"by", std::move(by)},
               {"catalog_id", c.catalog_id},
               {"resource_name", row.resource_name},
               {"unit_id", c.unit_id},
               {"unit_name", row.unit_name},
               {"kind", c.kind},
               {"before", json::parse(c.before, nullptr, false)},
               {"after", json::parse(c.after, nullptr, false)}};
  if (row.case_number) item["case_number"] = *row.case_number;
  return item;
}

void list_changes(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  if (!may(workflow::core_user(*user), RegisterAccess::read_changes)) {
    send_error(response, request, 403);
    return;
  }
  const auto query = read_changes_query(request);
  if (!query) {
    send_refusal(response, request, 400, "bad_request", "error.bad_query");
    return;
  }
  auto connection = app.database.connect();
  const store::UsageChangePage page = store::list_usage_changes(*connection, *query);
  json items = json::array();
  for (const store::UsageChangeRow& row : page.items) items.push_back(change_item(row));
  send_json(response, 200,
            {{"items", std::move(items)},
             {"total", page.total},
             {"page", query->page},
             {"per_page", query->per_page}});
}

}  // namespace

void add_changes_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/changes",
             [&app](const httplib::Request& request, httplib::Response& response) {
               list_changes(app, request, response);
             });
}

}  // namespace anskaffa::http
