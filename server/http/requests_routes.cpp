// SPEC 8's request endpoints: submit, list, read, edit, act. Each handler parses, hands the
// decision and the change to workflow/ (which asks the core) inside one write transaction, and
// answers in the fixed shapes of request_view.
#include <map>
#include <string>

#include "server/http/action_body.h"
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/query_params.h"
#include "server/http/request_view.h"
#include "server/http/routes.h"
#include "server/http/validation_context.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "server/workflow/requests.h"
#include "shared/request_json.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

constexpr std::size_t max_idempotency_key = 200;

workflow::Actor request_actor(App& app, const httplib::Request& request, store::User user) {
  return workflow::Actor{std::move(user), request_lang(request), app.clock(), app.mail};
}

// After a write has committed: its e-mail, if any, can go now.
void committed(App& app, const workflow::Outcome& outcome) {
  if (outcome.ok() && app.mail_queued) app.mail_queued();
}

void send_outcome(httplib::Response& response, const httplib::Request& request,
                  store::Connection& connection, const workflow::Actor& actor,
                  const workflow::Outcome& outcome) {
  if (!outcome.ok()) {
    send_refusal(response, request, outcome.status, outcome.code, outcome.message_key,
                 outcome.findings);
    return;
  }
  send_json(response, 200,
            request_view(connection, *outcome.request, actor.user, actor.now, actor.lang));
}

// Printable ASCII without spaces at either end, as a client's generated key is.
bool valid_idempotency_key(const std::string& key) {
  if (key.empty() || key.size() > max_idempotency_key) return false;
  for (char c : key) {
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

// The list's query string as a store query, or nothing when a parameter is not understood.
std::optional<store::RequestQuery> read_request_query(const httplib::Request& request,
                                                      const store::User& user) {
  const User core = workflow::core_user(user);
  store::RequestQuery query;
  query.viewer = {user.id, core.has(Role::reviewer) || core.has(Role::infosec),
                  core.has(Role::principal)};
  const auto param = [&](const char* name) { return query_param(request, name); };
  if (auto state = param("state")) {
    if (!parse_state(*state)) return std::nullopt;
    query.state = state;
  }
  if (auto kind = param("kind")) {
    if (*kind != "new_resource" && *kind != "usage_registration" && *kind != "book_assessment") {
      return std::nullopt;
    }
    query.kind = kind;
  }
  if (auto risk = param("risk")) {
    if (*risk != "low" && *risk != "medium" && *risk != "high") return std::nullopt;
    query.risk = risk;
  }
  if (auto unit = param("unit_id")) {
    query.unit_id = positive_integer(*unit);
    if (!query.unit_id) return std::nullopt;
  }
  if (auto assignee = param("assignee")) {
    if (*assignee == "me") {
      query.assignee = user.id;
    } else if (*assignee == "none") {
      query.unassigned = true;
    } else {
      query.assignee = positive_integer(*assignee);
      if (!query.assignee) return std::nullopt;
    }
  }
  if (auto owner = param("owner")) {
    if (*owner != "me") return std::nullopt;  // the home screen's "my requests"
    query.owner = user.id;
  }
  if (auto open = param("open")) {
    if (*open != "1" && *open != "true") return std::nullopt;
    query.open_only = true;
  }
  if (auto text = param("q")) {
    if (text->size() > 200) return std::nullopt;
    query.text = *text;
  }
  if (auto sort = param("sort")) {
    if (*sort == "waiting") {
      query.sort = store::RequestSort::waiting;
    } else if (*sort == "risk") {
      query.sort = store::RequestSort::risk;
    } else if (*sort != "updated") {
      return std::nullopt;
    }
  }
  const auto paging = read_paging(request);
  if (!paging) return std::nullopt;
  query.page = paging->page;
  query.per_page = paging->per_page;
  return query;
}

void submit(App& app, const httplib::Request& request, httplib::Response& response) {
  auto user = require_user(app, request, response);
  if (!user) return;
  const auto body = parse_json_object(request.body);
  if (!body) {
    send_error(response, request, 400);
    return;
  }
  const std::string key = request.get_header_value("Idempotency-Key");
  if (request.has_header("Idempotency-Key") && !valid_idempotency_key(key)) {
    send_error(response, request, 400);
    return;
  }
  const workflow::Actor actor = request_actor(app, request, std::move(*user));
  auto connection = app.database.connect();
  const workflow::Outcome outcome = connection->write_transaction(
      [&] { return workflow::submit(*connection, actor, *body, key); });
  committed(app, outcome);
  if (!outcome.ok()) {
    send_refusal(response, request, outcome.status, outcome.code, outcome.message_key,
                 outcome.findings);
    return;
  }
  response.status = outcome.status;
  response.set_content(outcome.body, "application/json; charset=utf-8");
}

void list_requests(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  const auto query = read_request_query(request, *user);
  if (!query) {
    // The query string, not the body: the plain 400's message would ask for a JSON object.
    send_refusal(response, request, 400, "bad_request", "error.bad_query");
    return;
  }
  auto connection = app.database.connect();
  const store::RequestPage page = store::list_requests(*connection, *query);
  const Date today = local_date(app.clock());
  json items = json::array();
  // A queue of 200 has few distinct assignees: each name is read once.
  std::map<std::int64_t, std::string> assignee_names;
  for (const store::RequestRecord& record : page.items) {
    json item = request_list_item(record, today);
    if (record.assignee) {
      auto [name, fresh] = assignee_names.try_emplace(*record.assignee);
      if (fresh) {
        const auto assignee = store::find_user(*connection, *record.assignee);
        if (assignee) name->second = assignee->name;
      }
      item["assignee_name"] = name->second;
    } else {
      item["assignee_name"] = nullptr;
    }
    items.push_back(std::move(item));
  }
  send_json(response, 200,
            {{"items", std::move(items)},
             {"total", page.total},
             {"page", query->page},
             {"per_page", query->per_page}});
}

void read_request(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  const auto id = path_id(request, "id");
  auto connection = app.database.connect();
  const auto record = id ? store::find_request(*connection, *id) : std::nullopt;
  if (!record || !workflow::may_see(*connection, *user, *record)) {
    send_refusal(response, request, 404, "not_found", "refusal.not_visible");
    return;
  }
  send_json(response, 200,
            request_view(*connection, *record, *user, app.clock(), request_lang(request)));
}

// What PUT and the actions share before they differ: a signed-in user, a request id and a body
// that is one JSON object. Answers the refusal itself and returns nullopt when one is missing.
struct WriteCall {
  store::User user;
  std::int64_t id;
  nlohmann::json body;
};

std::optional<WriteCall> read_write_call(App& app, const httplib::Request& request,
                                         httplib::Response& response) {
  auto user = require_user(app, request, response);
  if (!user) return std::nullopt;
  const auto id = path_id(request, "id");
  if (!id) {
    send_refusal(response, request, 404, "not_found", "refusal.not_visible");
    return std::nullopt;
  }
  auto body = parse_json_object(request.body);
  if (!body) {
    send_error(response, request, 400);
    return std::nullopt;
  }
  return WriteCall{std::move(*user), *id, std::move(*body)};
}

void edit(App& app, const httplib::Request& request, httplib::Response& response) {
  auto call = read_write_call(app, request, response);
  if (!call) return;
  const EditBody edit_body = read_edit_body(call->body, request_lang(request));
  if (!edit_body.findings.empty()) {
    send_invalid(response, request, edit_body.findings);
    return;
  }
  const workflow::Actor actor = request_actor(app, request, std::move(call->user));
  auto connection = app.database.connect();
  const workflow::Outcome outcome = connection->write_transaction([&] {
    return workflow::edit(*connection, actor, call->id, edit_body.version, edit_body.request);
  });
  send_outcome(response, request, *connection, actor, outcome);
}

void act(App& app, const httplib::Request& request, httplib::Response& response) {
  auto call = read_write_call(app, request, response);
  if (!call) return;
  const ActionBody action = read_action_body(call->body, request_lang(request));
  if (!action.findings.empty()) {
    send_invalid(response, request, action.findings);
    return;
  }
  const workflow::Actor actor = request_actor(app, request, std::move(call->user));
  auto connection = app.database.connect();
  const workflow::Outcome outcome = connection->write_transaction(
      [&] { return workflow::act(*connection, actor, call->id, action.input); });
  committed(app, outcome);
  send_outcome(response, request, *connection, actor, outcome);
}

}  // namespace

void add_requests_routes(RouteTable& routes, App& app) {
  routes.post("/api/v1/requests", with_app(app, submit));
  routes.get("/api/v1/requests", with_app(app, list_requests));
  routes.get("/api/v1/requests/:id", with_app(app, read_request));
  routes.put("/api/v1/requests/:id", with_app(app, edit));
  routes.post("/api/v1/requests/:id/actions", with_app(app, act));
}

}  // namespace anskaffa::http
