#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/routes.h"
#include "server/store/units.h"

namespace anskaffa::http {

void add_units_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/units", [&app](const httplib::Request& request, httplib::Response& response) {
    if (!require_user(app, request, response)) return;
    auto connection = app.database.connect();
    nlohmann::json units = nlohmann::json::array();
    for (const store::Unit& unit : store::list_units(*connection)) {
      units.push_back({{"id", unit.id}, {"name", unit.name}, {"school_form", unit.school_form}});
    }
    send_json(response, 200, units);
  });
}

}  // namespace anskaffa::http
