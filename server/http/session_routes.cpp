#include <string>

#include "server/http/client_address.h"
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/routes.h"
#include "server/http/session_cookie.h"
#include "shared/finding.h"
#include "shared/request_json.h"
#include "shared/texts.h"

namespace anskaffa::http {
namespace {

// The user, and how long the session lasts without a request, so that the app can warn before
// it ends and renew it with GET (WCAG 2.2.1).
nlohmann::json user_json(const store::User& user, const auth::Sessions& sessions) {
  return {{"user",
           {{"id", user.id},
            {"email", user.email},
            {"name", user.name},
            {"roles", user.roles},
            {"units", user.units}}},
          {"session", {{"idle_seconds", sessions.idle_after_request().count()}}}};
}

// The sign-in body's two strings, or the findings that say what is missing, mistyped or unknown.
Findings check_sign_in_body(const nlohmann::json& body, Lang lang) {
  Findings findings;
  for (const auto& [field, label_key] :
       {std::pair{"email", "signin.email"}, std::pair{"password", "signin.password"}}) {
    const auto value = body.find(field);
    const char* code = nullptr;
    if (value == body.end() || value->is_null()) {
      code = "required";
    } else if (!value->is_string()) {
      code = "wrong_type";
    }
    if (code == nullptr) continue;
    const std::string message = format_text(lang, std::string("finding.") + code,
                                            {{"label", std::string(text(lang, label_key))}});
    findings.push_back(Finding{field, code, Severity::error, message});
  }
  // SPEC 9: a member the body may not have (roles, a user id...) is refused, not ignored, so
  // that nobody can believe a sign-in chooses anything but whose session it is.
  for (const auto& item : body.items()) {
    if (item.key() != "email" && item.key() != "password") {
      findings.push_back(make_finding(lang, item.key(), "unknown_field", Severity::error));
    }
  }
  return findings;
}

}  // namespace

void add_session_routes(RouteTable& routes, App& app) {
  routes.post(
      "/api/v1/session", [&app](const httplib::Request& request, httplib::Response& response) {
        const auto body = parse_json_object(request.body);
        if (!body) {
          send_error(response, request, 400);
          return;
        }
        if (const Findings findings = check_sign_in_body(*body, request_lang(request));
            !findings.empty()) {
          send_invalid(response, request, findings);
          return;
        }
        const auto& email = body->at("email").get_ref<const std::string&>();
        const auto& password = body->at("password").get_ref<const std::string&>();
        const auth::SignInResult result = auth::sign_in(app.database, app.passwords, app.throttle,
                                                        email, password, client_address(request));
        if (result.outcome == auth::SignInResult::Outcome::throttled) {
          send_error(response, request, 429);
          return;
        }
        if (result.outcome == auth::SignInResult::Outcome::refused) {
          send_error(response, request, 401, "error.sign_in_failed");
          return;
        }
        const auto previous = session_token(request);
        const std::string token = app.sessions.start(result.user_id, previous);
        auto connection = app.database.connect();
        const auto user = store::find_user(*connection, result.user_id);
        if (!user) {  // deleted between the check and now
          send_error(response, request, 401, "error.sign_in_failed");
          return;
        }
        response.set_header("Set-Cookie", session_cookie(token, app.secure_cookies));
        send_json(response, 200, user_json(*user, app.sessions));
      });

  routes.get("/api/v1/session",
             [&app](const httplib::Request& request, httplib::Response& response) {
               const auto user = require_user(app, request, response);
               if (user) send_json(response, 200, user_json(*user, app.sessions));
             });

  routes.del("/api/v1/session",
             [&app](const httplib::Request& request, httplib::Response& response) {
               if (!require_user(app, request, response)) return;
               app.sessions.end(*session_token(request));
               response.set_header("Set-Cookie", cleared_session_cookie(app.secure_cookies));
               response.status = 204;
             });
}

}  // namespace anskaffa::http
