// GET /api/v1/reviewers: the accounts a request can be assigned to (SPEC 4's assign), for the
// app's choice of assignee. Reviewers and security coordinators only, as the core's
// may(user, RegisterAccess::list_reviewers) decides; disabled accounts are not offered.
#include <algorithm>

#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/routes.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "shared/registers.h"

namespace anskaffa::http {
namespace {

void list_reviewers(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  if (!may(workflow::core_user(*user), RegisterAccess::list_reviewers)) {
    send_error(response, request, 403);
    return;
  }
  auto connection = app.database.connect();
  std::vector<store::User> reviewers;
  for (const std::int64_t id : store::users_with_role(*connection, "reviewer")) {
    if (auto found = store::find_user(*connection, id)) reviewers.push_back(std::move(*found));
  }
  // By name, as people look for a colleague; the id breaks ties between namesakes.
  std::sort(reviewers.begin(), reviewers.end(), [](const store::User& a, const store::User& b) {
    return a.name != b.name ? a.name < b.name : a.id < b.id;
  });
  nlohmann::json items = nlohmann::json::array();
  for (const store::User& reviewer : reviewers) {
    items.push_back({{"id", reviewer.id}, {"name", reviewer.name}});
  }
  send_json(response, 200, items);
}

}  // namespace

void add_reviewers_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/reviewers", with_app(app, list_reviewers));
}

}  // namespace anskaffa::http
