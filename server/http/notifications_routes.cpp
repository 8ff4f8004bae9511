// SPEC 5's notifications in the app: the signed-in user's own, newest first, with an unread
// marker; reading one or all. Each line is drawn from the core's texts in the reader's language
// when read. A notification about a request the reader may no longer see (a principal moved to
// another unit) still shows, but says nothing beyond its case number.
#include <string>

#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/query_params.h"
#include "server/http/request_view.h"
#include "server/http/routes.h"
#include "server/store/notifications.h"
#include "server/workflow/facts.h"
#include "server/workflow/notify.h"
#include "shared/texts.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

// A page of notifications is what fits beside the home screen, not a register's page.
constexpr std::int64_t default_per_page = 20;

struct NotificationQuery {
  bool unread_only = false;
  std::int64_t page = 1;
  std::int64_t per_page = default_per_page;
};

// The query string, or nothing when a parameter is not understood.
std::optional<NotificationQuery> read_notification_query(const httplib::Request& request) {
  NotificationQuery query;
  const std::string unread = request.get_param_value("unread");
  if (unread == "true" || unread == "1") {
    query.unread_only = true;
  } else if (!unread.empty() && unread != "false" && unread != "0") {
    return std::nullopt;
  }
  const auto paging = read_paging(request, default_per_page);
  if (!paging) return std::nullopt;
  query.page = paging->page;
  query.per_page = paging->per_page;
  return query;
}

json or_null(const std::string& text) { return text.empty() ? json(nullptr) : json(text); }

json item(const store::Notification& n, bool visible, Lang lang) {
  json out = {{"id", n.id},
              {"request_id", n.request_id ? json(*n.request_id) : json(nullptr)},
              {"case_number", n.case_number},
              {"kind", n.kind},
              {"created_at", iso_time(n.created_at)},
              {"read", n.read_at.has_value()}};
  if (!visible) {
    out["resource_name"] = nullptr;
    out["text"] = format_text(lang, "notification.hidden", {{"case", n.case_number}});
    out["comment"] = nullptr;
    out["by"] = nullptr;
    out["from"] = nullptr;
    out["to"] = nullptr;
    return out;
  }
  out["resource_name"] = n.resource_name;
  out["text"] =
      workflow::notification_line(lang, n.kind, n.to, n.actor_name, n.case_number, n.resource_name);
  out["comment"] = or_null(n.comment);
  out["by"] = n.actor_id ? json{{"id", *n.actor_id}, {"name", n.actor_name}} : json(nullptr);
  out["from"] = or_null(n.from);
  out["to"] = or_null(n.to);
  return out;
}

void list_notifications(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  const auto query = read_notification_query(request);
  if (!query) {
    send_error(response, request, 400);
    return;
  }
  const Lang lang = request_lang(request);
  auto connection = app.database.connect();
  const store::NotificationPage page = store::list_notifications(
      *connection, user->id, query->unread_only, query->page, query->per_page);
  json items = json::array();
  for (const store::Notification& n : page.items) {
    bool visible = false;
    if (n.request_id) {
      const auto record = store::find_request(*connection, *n.request_id);
      visible = record && workflow::may_see(*connection, *user, *record);
    }
    items.push_back(item(n, visible, lang));
  }
  send_json(response, 200,
            {{"items", std::move(items)},
             {"unread_count", page.unread},
             {"total", page.total},
             {"page", query->page},
             {"per_page", query->per_page}});
}

void mark_read(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  const auto id = path_id(request, "id");
  auto connection = app.database.connect();
  const bool found = id && connection->write_transaction([&] {
    return store::mark_notification_read(*connection, user->id, *id, app.clock());
  });
  if (!found) {
    // Another user's notification is as absent as one that never was.
    send_error(response, request, 404);
    return;
  }
  send_json(response, 200, {{"id", *id}, {"read", true}});
}

void read_all(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  auto connection = app.database.connect();
  connection->write_transaction(
      [&] { store::mark_all_notifications_read(*connection, user->id, app.clock()); });
  send_json(response, 200, {{"unread_count", 0}});
}

}  // namespace

void add_notifications_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/notifications", with_app(app, list_notifications));
  // Literal before the parameter, so that "read" is never taken for an id.
  routes.post("/api/v1/notifications/read", with_app(app, read_all));
  routes.post("/api/v1/notifications/:id/read", with_app(app, mark_read));
}

}  // namespace anskaffa::http
