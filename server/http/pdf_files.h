// What the two PDF uploads share (a request's attachment, an agreement's signed PDF): the
// check that the body is a PDF, its hash, the label from ?name= and the download's safe
// filename. The label is never a path; the limits on the body itself are in body_rules.h.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

// %PDF- at the start and %%EOF at the end, where trailing white space is allowed.
bool looks_like_pdf(std::string_view body);

std::string sha256_hex(std::string_view bytes);

// The ?name= label, trimmed, or fallback when empty; nothing when it is not valid UTF-8 or
// longer than 200 characters (a 400).
std::optional<std::string> pdf_label(const httplib::Request& request, std::string_view fallback);

// A filename safe in a header and on any disk: letters, digits, '-' and '_' kept, everything
// else (dots and slashes too) '_', then ".pdf".
std::string download_name(std::string_view label);

// Answers 200 with the PDF as a download named after label.
void send_pdf(httplib::Response& response, std::string_view label, std::string content);

}  // namespace anskaffa::http
