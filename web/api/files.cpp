#include "web/api/files.h"

#include <nlohmann/json.hpp>

#include "web/api/json_fields.h"
#include "web/api/url.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

void upload(std::string url, const std::string& name, std::string bytes, Lang lang,
            const char* id_key, UploadCallback done) {
  HttpRequest request{.method = "POST",
                      .url = std::move(url) + "?name=" + percent_encoded(name),
                      .body = std::move(bytes),
                      .content_type = "application/pdf",
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done), id_key](const HttpResponse& response) {
    UploadResult result;
    result.status = response.status;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 201) {
      result.id = integer_at(body, id_key);
    } else {
      result.message = error_at(body).message;
    }
    done(result);
  });
}

}  // namespace

void upload_attachment(std::int64_t request_id, const std::string& name, std::string bytes,
                       Lang lang, UploadCallback done) {
  upload("/api/v1/requests/" + std::to_string(request_id) + "/attachments", name, std::move(bytes),
         lang, "attachment_id", std::move(done));
}

void upload_agreement_document(std::int64_t agreement_id, const std::string& name,
                               std::string bytes, Lang lang, UploadCallback done) {
  upload(agreement_document_url(agreement_id), name, std::move(bytes), lang, "document_id",
         std::move(done));
}

std::string attachment_url(std::int64_t request_id, std::int64_t attachment_id) {
  return "/api/v1/requests/" + std::to_string(request_id) + "/attachments/" +
         std::to_string(attachment_id);
}

std::string agreement_document_url(std::int64_t agreement_id) {
  return "/api/v1/agreements/" + std::to_string(agreement_id) + "/document";
}

void fetch_reviewers(Lang lang, std::function<void(const ReviewersResult&)> done) {
  HttpRequest request{.url = "/api/v1/reviewers", .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    ReviewersResult result;
    result.status = response.status;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 && body.is_array()) {
      for (const auto& item : body) {
        Reviewer reviewer{integer_at(item, "id"), string_at(item, "name")};
        if (reviewer.id != 0) result.reviewers.push_back(std::move(reviewer));
      }
    }
    done(result);
  });
}

}  // namespace anskaffa::web::api
