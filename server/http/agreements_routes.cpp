// SPEC 5 and 8's agreements register: list (those expiring within 90 days first), read,
// create, change (edit, cover resources, renew, terminate) and the signed PDF. Reviewers and
// security coordinators only, as the core's may(user, RegisterAccess) decides; the changes go
// through workflow/agreements.h inside one write transaction each.
#include <algorithm>
#include <string>

#include "server/http/agreement_body.h"
#include "server/http/agreement_view.h"
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/pdf_files.h"
#include "server/http/query_params.h"
#include "server/http/routes.h"
#include "server/http/validation_context.h"
#include "server/store/agreement_documents.h"
#include "server/store/agreements.h"
#include "server/workflow/agreements.h"
#include "server/workflow/facts.h"
#include "shared/agreements.h"
#include "shared/registers.h"
#include "shared/request_json.h"
#include "shared/utf8.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

constexpr std::int64_t max_expiring_within_days = 3650;
constexpr std::size_t max_query_text = 200;

// The signed-in user when the core lets them have access; otherwise the 401 or 403 is written.
std::optional<store::User> require_access(App& app, const httplib::Request& request,
                                          httplib::Response& response, RegisterAccess access) {
  auto user = require_user(app, request, response);
  if (!user) return std::nullopt;
  if (!may(workflow::core_user(*user), access)) {
    send_error(response, request, 403);
    return std::nullopt;
  }
  return user;
}

Date today(App& app) { return local_date(app.clock()); }

void send_not_found(httplib::Response& response, const httplib::Request& request) {
  send_refusal(response, request, 404, "not_found", "agreements.error.not_found");
}

struct AgreementListQuery {
  store::AgreementFilter filter;
  std::optional<long> expiring_within_days;
  Paging paging;
};

// The list's query string, or nothing when a parameter is not understood (400).
std::optional<AgreementListQuery> read_agreement_query(const httplib::Request& request) {
  AgreementListQuery query;
  const auto param = [&](const char* name) { return query_param(request, name); };
  if (auto days = param("expiring_within_days")) {
    const auto number = whole_number(*days);
    if (!number || *number > max_expiring_within_days) return std::nullopt;
    query.expiring_within_days = static_cast<long>(*number);
  }
  if (auto kind = param("kind")) {
    if (!is_agreement_kind(*kind)) return std::nullopt;
    query.filter.kind = kind;
  }
  if (auto text = param("q")) {
    if (!is_valid_utf8(*text) || code_point_count(*text) > max_query_text) return std::nullopt;
    const std::string trimmed(trim(*text));
    if (!trimmed.empty()) query.filter.text = trimmed;
  }
  const auto paging = read_paging(request);
  if (!paging) return std::nullopt;
  query.paging = *paging;
  return query;
}

void list_agreements(App& app, const httplib::Request& request, httplib::Response& response) {
  if (!require_access(app, request, response, RegisterAccess::read_agreements)) return;
  const auto query = read_agreement_query(request);
  if (!query) {
    send_error(response, request, 400, "agreements.error.bad_parameters");
    return;
  }
  const Date day = today(app);
  auto connection = app.database.connect();
  std::vector<store::AgreementRecord> found = store::find_agreements(*connection, query->filter);
  if (query->expiring_within_days) {
    std::erase_if(found, [&](const store::AgreementRecord& a) {
      return !ends_within(workflow::agreement_period(a), day, *query->expiring_within_days);
    });
  }
  std::stable_sort(found.begin(), found.end(),
                   [&](const store::AgreementRecord& a, const store::AgreementRecord& b) {
                     return listed_before(workflow::agreement_period(a),
                                          workflow::agreement_period(b), day);
                   });
  const auto total = static_cast<std::int64_t>(found.size());
  json items = json::array();
  const std::int64_t first = (query->paging.page - 1) * query->paging.per_page;
  for (std::int64_t i = first; i < total && i < first + query->paging.per_page; ++i) {
    items.push_back(agreement_item(*connection, found[static_cast<std::size_t>(i)], day));
  }
  send_json(response, 200,
            {{"items", std::move(items)},
             {"total", total},
             {"page", query->paging.page},
             {"per_page", query->paging.per_page}});
}

void read_agreement(App& app, const httplib::Request& request, httplib::Response& response) {
  if (!require_access(app, request, response, RegisterAccess::read_agreements)) return;
  const auto id = path_id(request, "id");
  auto connection = app.database.connect();
  const auto agreement = id ? store::find_agreement(*connection, *id) : std::nullopt;
  if (!agreement) {
    send_not_found(response, request);
    return;
  }
  send_json(response, 200, agreement_view(*connection, *agreement, today(app)));
}

workflow::Actor agreement_actor(App& app, const httplib::Request& request, store::User user) {
  return workflow::Actor{std::move(user), request_lang(request), app.clock(), app.mail};
}

void send_refused(httplib::Response& response, const httplib::Request& request,
                  const workflow::AgreementOutcome& outcome) {
  if (outcome.status == 422 && outcome.code == "invalid_request") {
    send_invalid(response, request, outcome.findings);
  } else {
    send_refusal(response, request, outcome.status, outcome.code, outcome.message_key,
                 outcome.findings);
  }
}

void create(App& app, const httplib::Request& request, httplib::Response& response) {
  auto user = require_access(app, request, response, RegisterAccess::manage_agreements);
  if (!user) return;
  const auto body = parse_json_object(request.body);
  if (!body) {
    send_error(response, request, 400);
    return;
  }
  const NewAgreementBody read = read_new_agreement(*body, request_lang(request));
  if (!read.findings.empty()) {
    send_invalid(response, request, read.findings);
    return;
  }
  const workflow::Actor actor = agreement_actor(app, request, std::move(*user));
  auto connection = app.database.connect();
  const workflow::AgreementOutcome outcome = connection->write_transaction(
      [&] { return workflow::create_agreement(*connection, actor, read.agreement); });
  if (!outcome.ok()) {
    send_refused(response, request, outcome);
    return;
  }
  send_json(response, 201, {{"id", outcome.id}});
}

void change(App& app, const httplib::Request& request, httplib::Response& response) {
  auto user = require_access(app, request, response, RegisterAccess::manage_agreements);
  if (!user) return;
  const auto id = path_id(request, "id");
  if (!id) {
    send_not_found(response, request);
    return;
  }
  const auto body = parse_json_object(request.body);
  if (!body) {
    send_error(response, request, 400);
    return;
  }
  const AgreementChangeBody read = read_agreement_change(*body, request_lang(request));
  if (!read.findings.empty()) {
    send_invalid(response, request, read.findings);
    return;
  }
  const workflow::Actor actor = agreement_actor(app, request, std::move(*user));
  auto connection = app.database.connect();
  const workflow::AgreementOutcome outcome = connection->write_transaction(
      [&] { return workflow::change_agreement(*connection, actor, *id, read.change); });
  if (!outcome.ok()) {
    send_refused(response, request, outcome);
    return;
  }
  send_json(response, 200,
            agreement_view(*connection, *store::find_agreement(*connection, *id), today(app)));
}

void upload_document(App& app, const httplib::Request& request, httplib::Response& response) {
  auto user = require_access(app, request, response, RegisterAccess::manage_agreements);
  if (!user) return;
  const auto id = path_id(request, "id");
  auto connection = app.database.connect();
  if (!id || !store::find_agreement(*connection, *id)) {
    send_not_found(response, request);
    return;
  }
  if (!looks_like_pdf(request.body)) {
    send_error(response, request, 415);
    return;
  }
  const auto name = pdf_label(request, "avtal.pdf");
  if (!name) {
    send_error(response, request, 400);
    return;
  }
  const std::string sha256 = sha256_hex(request.body);
  const workflow::Actor actor = agreement_actor(app, request, std::move(*user));
  const workflow::AgreementOutcome outcome = connection->write_transaction([&] {
    return workflow::attach_agreement_document(*connection, actor, *id, *name, sha256,
                                               request.body);
  });
  if (!outcome.ok()) {
    send_refused(response, request, outcome);
    return;
  }
  send_json(response, 201, {{"document_id", outcome.id}});
}

void download_document(App& app, const httplib::Request& request, httplib::Response& response) {
  if (!require_access(app, request, response, RegisterAccess::read_agreements)) return;
  const auto id = path_id(request, "id");
  auto connection = app.database.connect();
  if (!id || !store::find_agreement(*connection, *id)) {
    send_not_found(response, request);
    return;
  }
  const auto document = store::newest_agreement_document(*connection, *id);
  if (!document) {
    send_refusal(response, request, 404, "not_found", "agreements.error.no_document");
    return;
  }
  send_pdf(response, document->name, store::agreement_document_content(*connection, document->id));
}

}  // namespace

void add_agreements_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/agreements", with_app(app, list_agreements));
  routes.post("/api/v1/agreements", with_app(app, create));
  routes.get("/api/v1/agreements/:id", with_app(app, read_agreement));
  routes.put("/api/v1/agreements/:id", with_app(app, change));
  routes.post("/api/v1/agreements/:id/document", with_app(app, upload_document));
  routes.get("/api/v1/agreements/:id/document", with_app(app, download_document));
}

}  // namespace anskaffa::http
