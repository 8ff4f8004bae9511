#include "server/http/errors.h"
#include "server/http/routes.h"

namespace anskaffa::http {

void add_health_routes(RouteTable& routes, App& app) {
  routes.get("/healthz", [&app](const httplib::Request& request, httplib::Response& response) {
    if (!app.database.answers()) {
      send_error(response, request, 503);
      return;
    }
    send_json(response, 200, {{"status", "ok"}});
  });
}

}  // namespace anskaffa::http
