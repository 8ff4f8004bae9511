#include "server/http/pdf_files.h"

#include <sodium.h>

#include "server/auth/crypto.h"
#include "shared/utf8.h"

namespace anskaffa::http {
namespace {

constexpr std::size_t max_name_code_points = 200;

}  // namespace

bool looks_like_pdf(std::string_view body) {
  if (!body.starts_with("%PDF-")) return false;
  while (!body.empty() && (body.back() == ' ' || body.back() == '\t' || body.back() == '\r' ||
                           body.back() == '\n' || body.back() == '\0')) {
    body.remove_suffix(1);
  }
  return body.ends_with("%%EOF");
}

std::string sha256_hex(std::string_view bytes) {
  auth::require_sodium();
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static constexpr char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char byte : digest) {
    out += hex[byte >> 4];
    out += hex[byte & 0x0f];
  }
  return out;
}

std::optional<std::string> pdf_label(const httplib::Request& request, std::string_view fallback) {
  std::string name(trim(request.get_param_value("name")));
  if (!is_valid_utf8(name) || code_point_count(name) > max_name_code_points) return std::nullopt;
  if (name.empty()) name = fallback;
  return name;
}

std::string download_name(std::string_view label) {
  if (label.size() >= 4 && std::string_view(label).substr(label.size() - 4) == ".pdf") {
    label.remove_suffix(4);
  }
  std::string name;
  for (char c : label) {
    const bool safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                      c == '-' || c == '_';
    name += safe ? c : '_';
  }
  if (name.size() > 100) name.resize(100);
  if (name.empty()) name = "bilaga";
  return name + ".pdf";
}

void send_pdf(httplib::Response& response, std::string_view label, std::string content) {
  response.status = 200;
  response.set_header("Content-Disposition",
                      "attachment; filename=\"" + download_name(label) + "\"");
  response.set_content(std::move(content), "application/pdf");
}

}  // namespace anskaffa::http
