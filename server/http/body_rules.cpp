#include "server/http/body_rules.h"

#include <cctype>
#include <string>
#include <string_view>

namespace anskaffa::http {
namespace {

bool method_has_body(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH";
}

std::string lower(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return result;
}

std::string_view trim_header_spaces(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

// Digits only, as RFC 9110 has it; anything else ("+5", "5, 5", " ") is not a length.
std::optional<std::size_t> parse_length(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  std::size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value;
}

// application/json, optionally with charset=utf-8; no other parameters or charsets.
bool is_json_type(std::string_view content_type) {
  const auto semicolon = content_type.find(';');
  if (lower(trim_header_spaces(content_type.substr(0, semicolon))) != "application/json")
    return false;
  if (semicolon == std::string_view::npos) return true;
  const std::string parameter = lower(trim_header_spaces(content_type.substr(semicolon + 1)));
  return parameter == "charset=utf-8" || parameter == "charset=\"utf-8\"";
}

// application/pdf, with no parameters.
bool is_pdf_type(std::string_view content_type) {
  return lower(trim_header_spaces(content_type)) == "application/pdf";
}

// prefix{id}suffix, where id is one path segment.
bool is_upload_path(std::string_view path, std::string_view prefix, std::string_view suffix) {
  if (!path.starts_with(prefix) || !path.ends_with(suffix) ||
      path.size() <= prefix.size() + suffix.size()) {
    return false;
  }
  const std::string_view id =
      path.substr(prefix.size(), path.size() - prefix.size() - suffix.size());
  return id.find('/') == std::string_view::npos;
}

}  // namespace

bool is_pdf_upload(const httplib::Request& request) {
  if (request.method != "POST") return false;
  return is_upload_path(request.path, "/api/v1/requests/", "/attachments") ||
         is_upload_path(request.path, "/api/v1/agreements/", "/document");
}

std::optional<int> refuse_body(const httplib::Request& request) {
  // Chunked bodies have no length to check up front, and cpp-httplib skips them for DELETE.
  if (request.has_header("Transfer-Encoding")) return 411;
  // Any encoding at all: the server never inflates what a client sends.
  if (request.has_header("Content-Encoding")) return 415;

  const std::size_t lengths = request.get_header_value_count("Content-Length");
  if (lengths == 0) {
    if (method_has_body(request.method)) return 411;
    return std::nullopt;
  }
  const auto length = parse_length(request.get_header_value("Content-Length"));
  if (!length) return 400;
  for (std::size_t i = 1; i < lengths; ++i) {
    if (parse_length(request.get_header_value("Content-Length", "", i)) != length) return 400;
  }
  if (is_pdf_upload(request)) {
    if (*length > max_pdf_body) return 413;
    if (!is_pdf_type(request.get_header_value("Content-Type"))) return 415;
    return std::nullopt;
  }
  if (*length > max_json_body) return 413;

  const bool is_api = request.path.starts_with("/api/");
  if (is_api && *length > 0 && !is_json_type(request.get_header_value("Content-Type"))) {
    return 415;
  }
  return std::nullopt;
}

}  // namespace anskaffa::http
