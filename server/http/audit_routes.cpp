// SPEC 8's audit trail: GET /api/v1/audit?entity=&entity_id=&page=&per_page=, newest first, for
// reviewers, security coordinators and administrators (the core's read_audit). Read-only: the
// application has no way to change the trail (SPEC 9).
#include <algorithm>
#include <string>

#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/query_params.h"
#include "server/http/request_view.h"
#include "server/http/routes.h"
#include "server/store/audit.h"
#include "server/workflow/facts.h"
#include "shared/registers.h"
#include "shared/request_json.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

// The query string, or nothing when a parameter is not understood (400).
std::optional<store::AuditQuery> read_audit_query(const httplib::Request& request) {
  store::AuditQuery query;
  if (auto entity = query_param(request, "entity")) {
    if (!store::is_audit_entity(*entity)) return std::nullopt;
    query.entity = entity;
  }
  if (auto entity_id = query_param(request, "entity_id")) {
    query.entity_id = whole_number(*entity_id);
    if (!query.entity_id) return std::nullopt;
  }
  const auto paging = read_paging(request);
  if (!paging) return std::nullopt;
  query.page = paging->page;
  query.per_page = paging->per_page;
  return query;
}

json audit_item(const store::AuditRow& row) {
  const store::AuditEntry& e = row.entry;
  json user = nullptr;
  if (e.user_id) user = {{"id", *e.user_id}, {"name", row.user_name}};
  // details is written as a JSON object; anything else (never expected) reads as empty.
  auto details = parse_json_object(e.details);
  return {{"id", e.id},
          {"at", iso_time(e.at)},
          {"user", std::move(user)},
          {"entity", e.entity},
          {"entity_id", e.entity_id},
          {"action", e.action},
          {"from", e.from.empty() ? json(nullptr) : json(e.from)},
          {"to", e.to.empty() ? json(nullptr) : json(e.to)},
          {"comment", e.comment},
          {"details", details ? std::move(*details) : json::object()}};
}

void list_audit_entries(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  if (!may(workflow::core_user(*user), RegisterAccess::read_audit)) {
    send_error(response, request, 403);
    return;
  }
  const auto query = read_audit_query(request);
  if (!query) {
    send_error(response, request, 400, "audit.error.bad_parameters");
    return;
  }
  auto connection = app.database.connect();
  const store::AuditPage page = store::list_audit_page(*connection, *query);
  json items = json::array();
  for (const store::AuditRow& row : page.items) items.push_back(audit_item(row));
  send_json(response, 200,
            {{"items", std::move(items)},
             {"total", page.total},
             {"page", query->page},
             {"per_page", query->per_page}});
}

}  // namespace

void add_audit_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/audit", [&app](const httplib::Request& request, httplib::Response& response) {
    list_audit_entries(app, request, response);
  });
}

}  // namespace anskaffa::http
