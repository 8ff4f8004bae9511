#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/routes.h"
#include "server/http/validation_context.h"
#include "shared/assessment.h"
#include "shared/request_json.h"

namespace anskaffa::http {

void add_validate_routes(RouteTable& routes, App& app) {
  // 200 {findings, risk} whatever the findings: this is the form's live check, not a submit.
  routes.post("/api/v1/validate",
              [&app](const httplib::Request& request, httplib::Response& response) {
                if (!require_user(app, request, response)) return;
                const auto body = parse_json_object(request.body);
                if (!body) {
                  send_error(response, request, 400);
                  return;
                }
                const Lang lang = request_lang(request);
                auto connection = app.database.connect();
                const ValidationContext context =
                    validation_context(*connection, local_date(app.clock()), lang);
                send_json(response, 200, assessment_json(assess(*body, context)));
              });
}

}  // namespace anskaffa::http
