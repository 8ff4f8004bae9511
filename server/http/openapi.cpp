#include "server/http/openapi.h"

namespace anskaffa::http {

void add_openapi_routes(RouteTable& routes) {
  routes.get("/api/v1/openapi.json", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(openapi_json().data(), openapi_json().size(), "application/json");
  });
}

}  // namespace anskaffa::http
