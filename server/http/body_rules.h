// What a request must say about its body before the body is read (SPEC 8): a Content-Length
// (no chunked bodies: 411), no more than the limit (413), no Content-Encoding at all and, for
// the API, JSON (415). A refused body is never read, so the connection closes after the answer.
#pragma once

#include <cstddef>
#include <optional>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

// The largest JSON body accepted (SPEC 8).
inline constexpr std::size_t max_json_body = 1024 * 1024;

// The largest PDF accepted as an attachment (SPEC 8).
inline constexpr std::size_t max_pdf_body = 10 * 1024 * 1024;

// Whether the request is an attachment upload (POST /api/v1/requests/{id}/attachments), whose
// body is a PDF rather than JSON.
bool is_attachment_upload(const httplib::Request& request);

// The status to refuse the request with (400, 411, 413 or 415), or nothing when its body may
// be read.
std::optional<int> refuse_body(const httplib::Request& request);

}  // namespace anskaffa::http
