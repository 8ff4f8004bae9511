#include "web/api/register_edits.h"

#include "web/api/json_fields.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

void send(std::string method, std::string url, const nlohmann::json& body, Lang lang,
          WriteCallback done) {
  HttpRequest request{
      .method = std::move(method),
      .url = std::move(url),
      .body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
      .accept_language = std::string(lang_code(lang)),
  };
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    WriteResult result;
    result.status = response.status;
    const nlohmann::json answer = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 || response.status == 201) {
      result.id = integer_at(answer, "id");
    } else {
      ErrorAnswer error = error_at(answer);
      result.code = std::move(error.code);
      result.message = std::move(error.message);
      result.findings = std::move(error.findings);
    }
    done(result);
  });
}

}  // namespace

void put_catalog_decision(std::int64_t id, const nlohmann::json& body, Lang lang,
                          WriteCallback done) {
  send("PUT", "/api/v1/catalog/" + std::to_string(id), body, lang, std::move(done));
}

void put_usage(std::int64_t id, std::int64_t unit_id, const nlohmann::json& body, Lang lang,
               WriteCallback done) {
  send("PUT", "/api/v1/catalog/" + std::to_string(id) + "/units/" + std::to_string(unit_id), body,
       lang, std::move(done));
}

void post_agreement(const nlohmann::json& body, Lang lang, WriteCallback done) {
  send("POST", "/api/v1/agreements", body, lang, std::move(done));
}

void put_agreement(std::int64_t id, const nlohmann::json& body, Lang lang, WriteCallback done) {
  send("PUT", "/api/v1/agreements/" + std::to_string(id), body, lang, std::move(done));
}

}  // namespace anskaffa::web::api
