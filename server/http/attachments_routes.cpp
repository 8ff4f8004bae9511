// Attachments (SPEC 8): a PDF uploaded to a request by anyone who can see it, kept in the
// database, and downloaded as application/pdf with Content-Disposition: attachment. The name
// is a label only: it is never a path, and the download's filename is a sanitised copy.
#include <sodium.h>

#include <string>

#include "server/auth/crypto.h"
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/routes.h"
#include "server/store/attachments.h"
#include "server/store/audit.h"
#include "server/store/requests.h"
#include "server/workflow/facts.h"
#include "shared/utf8.h"

namespace anskaffa::http {
namespace {

constexpr std::size_t max_name_code_points = 200;

// %PDF- at the start and %%EOF at the end, where trailing white space is allowed.
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

// A filename safe in a header and on any disk: letters, digits, '-' and '_' kept, everything
// else (dots and slashes too) '_', then ".pdf".
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

void upload(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  const auto id = path_id(request, "id");
  auto connection = app.database.connect();
  const auto record = id ? store::find_request(*connection, *id) : std::nullopt;
  if (!record || !workflow::may_see(*connection, *user, *record)) {
    send_refusal(response, request, 404, "not_found", "refusal.not_visible");
    return;
  }
  if (!looks_like_pdf(request.body)) {
    send_error(response, request, 415);
    return;
  }
  std::string name(trim(request.get_param_value("name")));
  if (!is_valid_utf8(name) || code_point_count(name) > max_name_code_points) {
    send_error(response, request, 400);
    return;
  }
  if (name.empty()) name = "bilaga.pdf";
  const std::int64_t now = app.clock();
  store::AttachmentInfo info;
  info.request_id = record->id;
  info.name = name;
  info.size = static_cast<std::int64_t>(request.body.size());
  info.sha256 = sha256_hex(request.body);
  info.uploaded_by = user->id;
  info.uploaded_at = now;
  const std::int64_t attachment_id = connection->write_transaction([&] {
    const std::int64_t inserted = store::insert_attachment(*connection, info, request.body);
    store::AuditEntry audit;
    audit.at = now;
    audit.user_id = user->id;
    audit.entity = "request";
    audit.entity_id = record->id;
    audit.action = "attach";
    audit.details = nlohmann::json{
        {"attachment_id", inserted},
        {"name", info.name},
        {"size", info.size},
        {"sha256",
         info.sha256}}.dump();
    store::append_audit(*connection, audit);
    return inserted;
  });
  send_json(response, 201, {{"attachment_id", attachment_id}});
}

void download(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto user = require_user(app, request, response);
  if (!user) return;
  const auto id = path_id(request, "id");
  const auto attachment_id = path_id(request, "aid");
  auto connection = app.database.connect();
  const auto record = id ? store::find_request(*connection, *id) : std::nullopt;
  const auto info =
      attachment_id ? store::find_attachment(*connection, *attachment_id) : std::nullopt;
  if (!record || !info || info->request_id != record->id ||
      !workflow::may_see(*connection, *user, *record)) {
    send_refusal(response, request, 404, "not_found", "refusal.not_visible");
    return;
  }
  response.status = 200;
  response.set_header("Content-Disposition",
                      "attachment; filename=\"" + download_name(info->name) + "\"");
  response.set_content(store::attachment_content(*connection, info->id), "application/pdf");
}

}  // namespace

void add_attachments_routes(RouteTable& routes, App& app) {
  routes.post("/api/v1/requests/:id/attachments",
              [&app](const httplib::Request& request, httplib::Response& response) {
                upload(app, request, response);
              });
  routes.get("/api/v1/requests/:id/attachments/:aid",
             [&app](const httplib::Request& request, httplib::Response& response) {
               download(app, request, response);
             });
}

}  // namespace anskaffa::http
