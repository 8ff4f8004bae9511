#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/routes.h"
#include "shared/form_json.h"

namespace anskaffa::http {

void add_form_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/form", [&app](const httplib::Request& request, httplib::Response& response) {
    if (!require_user(app, request, response)) return;
    send_json(response, 200, form_definition_json(request_lang(request)));
  });
}

}  // namespace anskaffa::http
