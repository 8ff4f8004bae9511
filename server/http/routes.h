// The API, one function per area; each registers its handlers on the route table. The
// handlers are thin: parse, ask the core, call the store, answer.
#pragma once

#include "server/http/app.h"
#include "server/http/route_table.h"

namespace anskaffa::http {

// A handler written as a plain function of the App, bound to it for the route table.
using AppHandler = void (*)(App&, const httplib::Request&, httplib::Response&);
inline httplib::Server::Handler with_app(App& app, AppHandler handler) {
  return [&app, handler](const httplib::Request& request, httplib::Response& response) {
    handler(app, request, response);
  };
}

void add_health_routes(RouteTable& routes, App& app);   // GET /healthz
void add_session_routes(RouteTable& routes, App& app);  // POST, GET, DELETE /api/v1/session
void add_form_routes(RouteTable& routes, App& app);     // GET /api/v1/form
void add_units_routes(RouteTable& routes, App& app);    // GET /api/v1/units
// GET, POST /api/v1/users; PUT /api/v1/users/{id}; POST .../{id}/password;
// POST /api/v1/units; PUT /api/v1/units/{id}
void add_admin_routes(RouteTable& routes, App& app);
void add_validate_routes(RouteTable& routes, App& app);  // POST /api/v1/validate
// POST, GET /api/v1/requests; GET, PUT /api/v1/requests/{id}; POST .../{id}/actions
void add_requests_routes(RouteTable& routes, App& app);
// POST /api/v1/requests/{id}/attachments; GET .../attachments/{aid}
void add_attachments_routes(RouteTable& routes, App& app);
// GET, POST /api/v1/agreements; GET, PUT /api/v1/agreements/{id}; POST, GET .../{id}/document
void add_agreements_routes(RouteTable& routes, App& app);
void add_audit_routes(RouteTable& routes, App& app);      // GET /api/v1/audit
void add_reviewers_routes(RouteTable& routes, App& app);  // GET /api/v1/reviewers

void add_stats_routes(RouteTable& routes, App& app);  // GET /api/v1/stats
// GET /api/v1/catalog, GET and PUT /api/v1/catalog/{id}, PUT .../{id}/units/{unit_id}
void add_catalog_routes(RouteTable& routes, App& app);
void add_changes_routes(RouteTable& routes, App& app);  // GET /api/v1/changes
// GET /api/v1/export/catalog.csv and /api/v1/export/usage.csv
void add_export_routes(RouteTable& routes, App& app);
// GET /api/v1/notifications; POST /api/v1/notifications/{id}/read, /api/v1/notifications/read
void add_notifications_routes(RouteTable& routes, App& app);

// The app's files from the web root, for every GET no API route took; registered last.
void add_static_files(httplib::Server& server, const RouteTable& routes, App& app);

}  // namespace anskaffa::http
