#include "web/api/request_list.h"

#include <nlohmann/json.hpp>

#include "web/api/json_fields.h"
#include "web/api/url.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

RequestSummary summary_of(const nlohmann::json& item) {
  RequestSummary summary;
  summary.id = integer_at(item, "id");
  summary.case_number = string_at(item, "case_number");
  summary.state = string_at(item, "state");
  summary.kind = string_at(item, "kind");
  summary.resource_name = string_at(item, "resource_name");
  summary.unit_id = integer_at(item, "unit_id");
  summary.risk = string_at(item, "risk");
  summary.assignee = integer_at(item, "assignee");
  summary.assignee_name = string_at(item, "assignee_name");
  summary.updated_at = string_at(item, "updated_at");
  summary.waiting_days = static_cast<int>(integer_at(item, "waiting_days"));
  const auto due = item.find("reminder_due");
  summary.reminder_due = due != item.end() && due->is_boolean() && due->get<bool>();
  return summary;
}

}  // namespace

std::string request_list_url(const RequestListQuery& query) {
  std::string url = "/api/v1/requests?sort=" + percent_encoded(query.sort) +
                    "&page=" + std::to_string(query.page) +
                    "&per_page=" + std::to_string(query.per_page);
  if (query.own) url += "&owner=me";
  if (query.open_only) url += "&open=1";
  if (!query.state.empty()) url += "&state=" + percent_encoded(query.state);
  if (!query.assignee.empty()) url += "&assignee=" + percent_encoded(query.assignee);
  if (!query.text.empty()) url += "&q=" + percent_encoded(query.text);
  return url;
}

void fetch_request_list(const RequestListQuery& query, Lang lang,
                        std::function<void(const RequestListResult&)> done) {
  HttpRequest request{.url = request_list_url(query),
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    RequestListResult result;
    result.status = response.status;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 && body.is_object()) {
      result.total = integer_at(body, "total");
      result.items = items_at(body, summary_of);
    }
    done(result);
  });
}

}  // namespace anskaffa::web::api
