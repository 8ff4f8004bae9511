// Answers in SPEC 8's shapes: JSON bodies, and errors as {"error": {code, message, findings?}}
// with the message in the language the request's Accept-Language prefers.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "server/http/httplib_config.h"
#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::http {

Lang request_lang(const httplib::Request& request);

void send_json(httplib::Response& response, int status, const nlohmann::json& body);

// An error with SPEC 8's code for the status (400 bad_request, 401 unauthenticated, ...) and
// its message; message_key overrides the message (e.g. "error.sign_in_failed").
void send_error(httplib::Response& response, const httplib::Request& request, int status,
                std::string_view message_key = {});

// 422 invalid_request with the findings.
void send_invalid(httplib::Response& response, const httplib::Request& request,
                  const Findings& findings);

// An error with its own code (a refusal's key or a precondition's code, SPEC 1 and 8) and the
// message under message_key; a key with no text falls back to the status's message.
void send_refusal(httplib::Response& response, const httplib::Request& request, int status,
                  std::string_view code, std::string_view message_key,
                  const Findings& findings = {});

// SPEC 8's error code for an HTTP status, and the text key of its message.
std::string_view error_code(int status);
std::string_view error_message_key(int status);

}  // namespace anskaffa::http
