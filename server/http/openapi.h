// The OpenAPI 3 description of the whole API (assets/api/openapi.json, compiled in), served at
// GET /api/v1/openapi.json. tests/server/openapi_test.cpp keeps it true: every documented
// route exists and answers one of its documented statuses, and every route is documented.
#pragma once

#include <string_view>

#include "server/http/route_table.h"

namespace anskaffa::http {

std::string_view openapi_json();

void add_openapi_routes(RouteTable& routes);

}  // namespace anskaffa::http
