// Attachments (SPEC 8): a PDF uploaded to a request by anyone who can see it, kept in the
// database, and downloaded as application/pdf with Content-Disposition: attachment. The name
// is a label only: it is never a path, and the download's filename is a sanitised copy.
#include <string>

#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/pdf_files.h"
#include "server/http/routes.h"
#include "server/store/attachments.h"
#include "server/store/audit.h"
#include "server/store/requests.h"
#include "server/workflow/facts.h"

namespace anskaffa::http {
namespace {

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
  const auto name = pdf_label(request, "bilaga.pdf");
  if (!name) {
    send_error(response, request, 400);
    return;
  }
  const std::int64_t now = app.clock();
  store::AttachmentInfo info;
  info.request_id = record->id;
  info.name = *name;
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
  send_pdf(response, info->name, store::attachment_content(*connection, info->id));
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
