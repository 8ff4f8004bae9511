#include "web/api/request_page.h"

#include "web/api/json_fields.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

std::vector<std::string> strings_at(const nlohmann::json& object, const char* key) {
  std::vector<std::string> values;
  if (!object.is_object()) return values;
  const auto found = object.find(key);
  if (found == object.end() || !found->is_array()) return values;
  for (const auto& value : *found) {
    if (value.is_string()) values.push_back(value.get<std::string>());
  }
  return values;
}

RequestView view_of(const nlohmann::json& body) {
  RequestView view;
  view.id = integer_at(body, "id");
  view.version = integer_at(body, "version");
  view.case_number = string_at(body, "case_number");
  view.state = string_at(body, "state");
  view.kind = string_at(body, "kind");
  if (const auto request = body.find("request"); request != body.end() && request->is_object()) {
    view.request = *request;
  }
  if (const auto risk = body.find("risk"); risk != body.end() && risk->is_object()) {
    view.risk = string_at(*risk, "level");
    if (const auto reasons = risk->find("reasons"); reasons != risk->end() && reasons->is_array()) {
      for (const auto& reason : *reasons) view.risk_reasons.push_back(string_at(reason, "message"));
    }
  }
  if (const auto findings = body.find("findings"); findings != body.end()) {
    view.findings = findings_at(*findings);
  }
  view.assignee = integer_at(body, "assignee");
  view.owner_id = integer_at(body, "owner_id");
  view.created_at = string_at(body, "created_at");
  view.state_since = string_at(body, "state_since");
  view.dpa_valid = boolean_at(body, "dpa_valid");
  view.allowed_actions = strings_at(body, "allowed_actions");
  if (const auto timeline = body.find("timeline"); timeline != body.end() && timeline->is_array()) {
    for (const auto& entry : *timeline) {
      view.timeline.push_back({string_at(entry, "at"), string_at(entry, "by_name"),
                               string_at(entry, "action"), string_at(entry, "from"),
                               string_at(entry, "to"), string_at(entry, "comment")});
    }
  }
  if (const auto attachments = body.find("attachments");
      attachments != body.end() && attachments->is_array()) {
    for (const auto& item : *attachments) {
      view.attachments.push_back(
          {integer_at(item, "id"), string_at(item, "name"), integer_at(item, "size")});
    }
  }
  return view;
}

void answer(const HttpResponse& response, const RequestViewCallback& done) {
  RequestViewResult result;
  result.status = response.status;
  const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
  if (response.status == 200 && body.is_object()) {
    result.view = view_of(body);
  } else {
    ErrorAnswer error = error_at(body);
    result.code = std::move(error.code);
    result.message = std::move(error.message);
    result.findings = std::move(error.findings);
  }
  done(result);
}

}  // namespace

void fetch_request(std::int64_t id, Lang lang, RequestViewCallback done) {
  HttpRequest request{.url = "/api/v1/requests/" + std::to_string(id),
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request,
             [done = std::move(done)](const HttpResponse& response) { answer(response, done); });
}

void send_action(std::int64_t id, const nlohmann::json& body, Lang lang, RequestViewCallback done) {
  HttpRequest request{
      .method = "POST",
      .url = "/api/v1/requests/" + std::to_string(id) + "/actions",
      .body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
      .accept_language = std::string(lang_code(lang)),
  };
  http_fetch(request,
             [done = std::move(done)](const HttpResponse& response) { answer(response, done); });
}

void save_request_edit(std::int64_t id, std::int64_t version, const nlohmann::json& request,
                       Lang lang, RequestViewCallback done) {
  const nlohmann::json body = {{"version", version}, {"request", request}};
  HttpRequest put{
      .method = "PUT",
      .url = "/api/v1/requests/" + std::to_string(id),
      .body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
      .accept_language = std::string(lang_code(lang)),
  };
  http_fetch(put,
             [done = std::move(done)](const HttpResponse& response) { answer(response, done); });
}

}  // namespace anskaffa::web::api
