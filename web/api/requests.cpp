#include "web/api/requests.h"

#include "web/api/json_fields.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

SubmitResult parse(const HttpResponse& response) {
  SubmitResult result;
  result.status = response.status;
  const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
  if (!body.is_object()) return result;
  if (response.status == 201 || response.status == 200) {
    result.id = integer_at(body, "id");
    result.case_number = string_at(body, "case_number");
    return result;
  }
  ErrorAnswer error = error_at(body);
  result.message = std::move(error.message);
  result.findings = std::move(error.findings);
  return result;
}

}  // namespace

void submit_request(const nlohmann::json& body, const std::string& idempotency_key, Lang lang,
                    std::function<void(const SubmitResult&)> done) {
  HttpRequest request{
      .method = "POST",
      .url = "/api/v1/requests",
      .body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
      .accept_language = std::string(lang_code(lang)),
      .headers = {{"Idempotency-Key", idempotency_key}},
  };
  http_fetch(request,
             [done = std::move(done)](const HttpResponse& response) { done(parse(response)); });
}

}  // namespace anskaffa::web::api
