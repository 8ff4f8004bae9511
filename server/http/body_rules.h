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

// The largest PDF accepted as an attachment or a signed agreement (SPEC 8).
inline constexpr std::size_t max_pdf_body = 10 * 1024 * 1024;

// Whether the request uploads a PDF rather than JSON: an attachment to a request
// (POST /api/v1/requests/{id}/attachments) or an agreement's signed PDF
// (POST /api/v1/agreements/{id}/document).
bool is_pdf_upload(const httplib::Request& request);

// The status to refuse the request with (400, 411, 413 or 415), or nothing when its body may
// be read.
std::optional<int> refuse_body(const httplib::Request& request);

}  // namespace anskaffa::http
