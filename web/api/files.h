// The server's files for the app (SPEC 8): a PDF attached to a request
// (POST/GET /api/v1/requests/{id}/attachments), an agreement's signed PDF
// (POST/GET /api/v1/agreements/{id}/document), and the reviewers a request can be assigned to
// (GET /api/v1/reviewers, for assign's choice of assignee).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "shared/lang.h"

namespace anskaffa::web::api {

// The server takes PDFs up to this size (10 MiB); a larger one is refused before it is sent.
inline constexpr std::size_t kMaxPdfBytes = 10 * 1024 * 1024;

struct UploadResult {
  int status = 0;       // 201 stored; 413 too large, 415 not a PDF; 0 when offline
  std::int64_t id = 0;  // the new attachment_id or document_id
  std::string message;  // an error's message, in the language asked for
};

using UploadCallback = std::function<void(const UploadResult&)>;

void upload_attachment(std::int64_t request_id, const std::string& name, std::string bytes,
                       Lang lang, UploadCallback done);
void upload_agreement_document(std::int64_t agreement_id, const std::string& name,
                               std::string bytes, Lang lang, UploadCallback done);

std::string attachment_url(std::int64_t request_id, std::int64_t attachment_id);
std::string agreement_document_url(std::int64_t agreement_id);

struct Reviewer {
  std::int64_t id = 0;
  std::string name;
};

struct ReviewersResult {
  int status = 0;
  std::vector<Reviewer> reviewers;  // by name
};

void fetch_reviewers(Lang lang, std::function<void(const ReviewersResult&)> done);

}  // namespace anskaffa::web::api
