// The session endpoints: the request bodies and the answers' shapes of SPEC 8, nothing more.
#include "web/api/session.h"

#include <nlohmann/json.hpp>

#include "web/api/json_fields.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

constexpr const char* kSessionUrl = "/api/v1/session";

// {user: {...}} on success; {error: {code, message}} otherwise (SPEC 8).
SessionResult parse(const HttpResponse& response) {
  SessionResult result;
  result.status = response.status;
  nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
  if (!body.is_object()) return result;
  if (response.status == 200 || response.status == 201) {
    auto user = body.find("user");
    if (user == body.end() || !user->is_object()) return result;
    result.signed_in = true;
    // How long the session lasts without a request; 0 when not said: nothing is watched.
    if (auto session = body.find("session"); session != body.end()) {
      result.idle_seconds = integer_at(*session, "idle_seconds");
    }
    auto id = user->find("id");
    if (id != user->end() && id->is_number_integer()) result.user.id = id->get<std::int64_t>();
    result.user.email = string_at(*user, "email");
    result.user.name = string_at(*user, "name");
    auto roles = user->find("roles");
    if (roles != user->end() && roles->is_array())
      for (const auto& role : *roles)
        if (role.is_string()) result.user.roles.push_back(role.get<std::string>());
    auto units = user->find("units");
    if (units != user->end() && units->is_array())
      for (const auto& unit : *units)
        if (unit.is_number_integer()) result.user.units.push_back(unit.get<std::int64_t>());
    return result;
  }
  auto error = body.find("error");
  if (error != body.end() && error->is_object()) result.message = string_at(*error, "message");
  return result;
}

void call(const char* method, std::string body, Lang lang, SessionCallback done) {
  HttpRequest request{.method = method,
                      .url = kSessionUrl,
                      .body = std::move(body),
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request,
             [done = std::move(done)](const HttpResponse& response) { done(parse(response)); });
}

}  // namespace

anskaffa::User core_user(const User& user) {
  anskaffa::User core;
  core.id = user.id;
  for (const std::string& key : user.roles)
    if (auto role = parse_role(key)) core.roles.push_back(*role);
  core.units = user.units;
  return core;
}

void sign_in(const std::string& email, const std::string& password, Lang lang,
             SessionCallback done) {
  nlohmann::json body = {{"email", email}, {"password", password}};
  call("POST", body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), lang,
       std::move(done));
}

void current_session(Lang lang, SessionCallback done) { call("GET", "", lang, std::move(done)); }

void sign_out(Lang lang, SessionCallback done) { call("DELETE", "", lang, std::move(done)); }

}  // namespace anskaffa::web::api
