#include "server/http/errors.h"

#include "shared/request_json.h"
#include "shared/texts.h"

namespace anskaffa::http {
namespace {

struct ErrorKind {
  int status;
  std::string_view code;
  std::string_view message_key;
};

constexpr ErrorKind error_kinds[] = {
    {400, "bad_request", "error.bad_request"},
    {401, "unauthenticated", "error.unauthenticated"},
    {403, "not_allowed", "error.not_allowed"},
    {404, "not_found", "error.not_found"},
    {405, "method_not_allowed", "error.method_not_allowed"},
    {411, "length_required", "error.length_required"},
    {413, "payload_too_large", "error.payload_too_large"},
    // A request line over httplib_config.h's limit: a bad request, with a message that says why
    // (a search text pasted into a URL, say).
    {414, "bad_request", "error.uri_too_long"},
    {415, "unsupported_media_type", "error.unsupported_media_type"},
    {422, "invalid_request", "error.invalid_request"},
    {429, "too_many_attempts", "error.too_many_attempts"},
    {500, "internal", "error.internal"},
    {503, "unavailable", "error.unavailable"},
};

const ErrorKind* find_kind(int status) {
  for (const ErrorKind& kind : error_kinds) {
    if (kind.status == status) return &kind;
  }
  return nullptr;
}

const ErrorKind& kind_of(int status) {
  if (const ErrorKind* kind = find_kind(status)) return *kind;
  // Any other 4xx (414, 416, ...) is a malformed request in a way SPEC 8 does not name; any
  // other 5xx is ours.
  return *find_kind(status < 500 ? 400 : 500);
}

}  // namespace

Lang request_lang(const httplib::Request& request) {
  return lang_from_accept_language(request.get_header_value("Accept-Language"));
}

void send_json(httplib::Response& response, int status, const nlohmann::json& body) {
  response.status = status;
  // Invalid UTF-8 cannot reach here (the core decodes strictly), but a dump must never throw.
  response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                       "application/json; charset=utf-8");
}

void send_refusal(httplib::Response& response, const httplib::Request& request, int status,
                  std::string_view code, std::string_view message_key, const Findings& findings) {
  const Lang lang = request_lang(request);
  std::string_view message = text(lang, message_key);
  if (message == message_key) message = text(lang, error_message_key(status));
  nlohmann::json error = {{"code", code}, {"message", message}};
  if (!findings.empty()) error["findings"] = findings_json(findings);
  send_json(response, status, {{"error", std::move(error)}});
}

std::string_view error_code(int status) { return kind_of(status).code; }

std::string_view error_message_key(int status) { return kind_of(status).message_key; }

void send_error(httplib::Response& response, const httplib::Request& request, int status,
                std::string_view message_key) {
  const Lang lang = request_lang(request);
  const std::string_view key = message_key.empty() ? error_message_key(status) : message_key;
  nlohmann::json error = {{"code", error_code(status)}, {"message", text(lang, key)}};
  send_json(response, status, {{"error", std::move(error)}});
}

void send_invalid(httplib::Response& response, const httplib::Request& request,
                  const Findings& findings) {
  const Lang lang = request_lang(request);
  nlohmann::json error = {{"code", error_code(422)},
                          {"message", text(lang, error_message_key(422))},
                          {"findings", findings_json(findings)}};
  send_json(response, 422, {{"error", std::move(error)}});
}

}  // namespace anskaffa::http
