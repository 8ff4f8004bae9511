// SPEC 5 and 8's catalogue: list and search, read an entry, a reviewer's decision on it, and a
// unit's register holder, system administrator and end of use. Permissions are the core's
// (registers.h); writes go through workflow/ inside one write transaction.
#include <string>

#include "server/http/catalog_body.h"
#include "server/http/catalog_view.h"
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/query_params.h"
#include "server/http/routes.h"
#include "server/http/validation_context.h"
#include "server/store/catalog_search.h"
#include "server/store/fts_query.h"
#include "server/workflow/facts.h"
#include "shared/catalog_rules.h"
#include "shared/form.h"
#include "shared/registers.h"
#include "shared/request_json.h"
#include "shared/utf8.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

// Longer search text is no search a person types; refused rather than turned into hundreds of
// prefix queries.
constexpr std::size_t max_catalog_search_bytes = 500;

bool is_option_of(std::string_view field, const std::string& value) {
  const FieldDef* def = find_field(field);
  return def != nullptr && is_option(*def, value);
}

// The list's query string as a store query, or nothing when a parameter is not understood.
// Search text with no word in it (only punctuation, say) is no search: it lists everything.
std::optional<store::CatalogQuery> read_catalog_query(const httplib::Request& request,
                                                      const Date& today) {
  store::CatalogQuery query;
  query.today = format_date(today);
  if (auto text = query_param(request, "q")) {
    if (text->size() > max_catalog_search_bytes || !is_valid_utf8(*text)) return std::nullopt;
    query.match = store::fts_match_expression(*text);
  }
  if (auto grade = query_param(request, "grade")) {
    if (!is_option_of("grade_levels", *grade)) return std::nullopt;
    query.grade = grade;
  }
  if (auto type = query_param(request, "type")) {
    if (!is_option_of("resource_type", *type)) return std::nullopt;
    query.type = type;
  }
  if (auto status = query_param(request, "status")) {
    if (!parse_catalog_status(*status)) return std::nullopt;
    query.status = status;
  }
  const auto paging = read_paging(request);
  if (!paging) return std::nullopt;
  query.page = paging->page;
  query.per_page = paging->per_page;
  return query;
}

// The signed-in user when the core lets them read the catalogue; else the refusal is answered.
std::optional<store::User> reader(App& app, const httplib::Request& request,
                                  httplib::Response& response) {
  auto user = require_user(app, request, response);
  if (!user) return std::nullopt;
  if (!may(workflow::core_user(*user), RegisterAccess::read_catalog)) {
    send_error(response, request, 403);
    return std::nullopt;
  }
  return user;
}

void send_entry(httplib::Response& response, const httplib::Request& request,
                store::Connection& connection, std::int64_t id, const Date& today) {
  const auto entry = store::find_catalog_entry(connection, id);
  if (!entry) {
    send_error(response, request, 404);
    return;
  }
  send_json(response, 200, catalog_entry_view(connection, *entry, today));
}

void list_catalog(App& app, const httplib::Request& request, httplib::Response& response) {
  if (!reader(app, request, response)) return;
  const auto query = read_catalog_query(request, local_date(app.clock()));
  if (!query) {
    send_refusal(response, request, 400, "bad_request", "error.bad_query");
    return;
  }
  auto connection = app.database.connect();
  const store::CatalogPage page = store::search_catalog(*connection, *query);
  json items = json::array();
  for (const store::CatalogListItem& item : page.items) items.push_back(catalog_list_item(item));
  send_json(response, 200,
            {{"items", std::move(items)},
             {"total", page.total},
             {"page", query->page},
             {"per_page", query->per_page}});
}

void read_catalog_entry(App& app, const httplib::Request& request, httplib::Response& response) {
  if (!reader(app, request, response)) return;
  const auto id = path_id(request, "id");
  if (!id) {
    send_error(response, request, 404);
    return;
  }
  auto connection = app.database.connect();
  send_entry(response, request, *connection, *id, local_date(app.clock()));
}

// After a write: the refusal, or the entry as GET answers it.
void send_written(httplib::Response& response, const httplib::Request& request,
                  store::Connection& connection, const workflow::RegisterOutcome& outcome,
                  std::int64_t id, std::int64_t now) {
  if (!outcome.ok()) {
    send_refusal(response, request, outcome.status, outcome.code, outcome.message_key,
                 outcome.findings);
    return;
  }
  send_entry(response, request, connection, id, local_date(now));
}

void decide(App& app, const httplib::Request& request, httplib::Response& response) {
  auto user = require_user(app, request, response);
  if (!user) return;
  if (!may(workflow::core_user(*user), RegisterAccess::edit_catalog)) {
    send_error(response, request, 403);
    return;
  }
  const auto id = path_id(request, "id");
  if (!id) {
    send_error(response, request, 404);
    return;
  }
  const auto body = parse_json_object(request.body);
  if (!body) {
    send_error(response, request, 400);
    return;
  }
  const Lang lang = request_lang(request);
  const DecisionBody decision = read_decision_body(*body, lang);
  if (!decision.findings.empty()) {
    send_invalid(response, request, decision.findings);
    return;
  }
  const workflow::Actor actor{std::move(*user), lang, app.clock(), app.mail};
  auto connection = app.database.connect();
  const auto outcome = connection->write_transaction(
      [&] { return workflow::decide_entry(*connection, actor, *id, decision.decision); });
  send_written(response, request, *connection, outcome, *id, actor.now);
}

void change_usage(App& app, const httplib::Request& request, httplib::Response& response) {
  auto user = require_user(app, request, response);
  if (!user) return;
  const auto id = path_id(request, "id");
  const auto unit_id = path_id(request, "unit_id");
  if (!id || !unit_id) {
    send_error(response, request, 404);
    return;
  }
  if (!may_change_usage(workflow::core_user(*user), *unit_id)) {
    send_error(response, request, 403);
    return;
  }
  const auto body = parse_json_object(request.body);
  if (!body) {
    send_error(response, request, 400);
    return;
  }
  const Lang lang = request_lang(request);
  const UsageBody usage = read_usage_body(*body, lang);
  if (!usage.findings.empty()) {
    send_invalid(response, request, usage.findings);
    return;
  }
  const workflow::Actor actor{std::move(*user), lang, app.clock(), app.mail};
  auto connection = app.database.connect();
  const auto outcome = connection->write_transaction(
      [&] { return workflow::edit_usage(*connection, actor, *id, *unit_id, usage.edit); });
  send_written(response, request, *connection, outcome, *id, actor.now);
}

}  // namespace

void add_catalog_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/catalog", with_app(app, list_catalog));
  routes.get("/api/v1/catalog/:id", with_app(app, read_catalog_entry));
  routes.put("/api/v1/catalog/:id", with_app(app, decide));
  routes.put("/api/v1/catalog/:id/units/:unit_id", with_app(app, change_usage));
}

}  // namespace anskaffa::http
