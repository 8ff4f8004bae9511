#include "server/http/request_view.h"

#include <ctime>

#include "server/http/validation_context.h"
#include "server/store/attachments.h"
#include "server/workflow/facts.h"
#include "shared/calendar.h"
#include "shared/permissions.h"
#include "shared/request_json.h"
#include "shared/risk.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

json optional_id(const std::optional<std::int64_t>& id) { return id ? json(*id) : json(nullptr); }

void add_waiting(json& out, const store::RequestRecord& record, const Date& today) {
  const auto state = parse_state(record.state).value_or(State::withdrawn);
  const Date since = local_date(record.state_since);
  out["waiting_days"] = is_open(state) ? working_days_between(since, today) : 0;
  out["reminder_due"] = needs_reminder(state, since, today);
}

}  // namespace

std::string iso_time(std::int64_t unix_seconds) {
  const auto time = static_cast<std::time_t>(unix_seconds);
  std::tm utc{};
  gmtime_r(&time, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return stamp;
}

json request_view(store::Connection& connection, const store::RequestRecord& record,
                  const store::User& viewer, std::int64_t now, Lang lang) {
  const workflow::StoredRequest stored = workflow::stored_request(connection, record, lang);
  const Date today = local_date(now);
  const WorkflowContext context =
      workflow::workflow_context(connection, record, stored.facts.request, nullptr, today);

  json timeline = json::array();
  json comments = json::array();
  for (const store::TimelineEntry& entry : store::list_timeline(connection, record.id)) {
    json item = {{"at", iso_time(entry.at)},
                 {"by", optional_id(entry.by)},
                 {"by_name", entry.by_name},
                 {"action", entry.action},
                 {"from", entry.from.empty() ? json(nullptr) : json(entry.from)},
                 {"to", entry.to.empty() ? json(nullptr) : json(entry.to)}};
    if (!entry.comment.empty()) item["comment"] = entry.comment;
    if (entry.action == "comment") {
      comments.push_back({{"id", entry.id},
                          {"at", item["at"]},
                          {"by", item["by"]},
                          {"by_name", entry.by_name},
                          {"comment", entry.comment}});
    }
    timeline.push_back(std::move(item));
  }
  json attachments = json::array();
  for (const store::AttachmentInfo& a : store::list_attachments(connection, record.id)) {
    attachments.push_back({{"id", a.id},
                           {"name", a.name},
                           {"size", a.size},
                           {"sha256", a.sha256},
                           {"uploaded_by", a.uploaded_by},
                           {"uploaded_at", iso_time(a.uploaded_at)}});
  }
  json actions = json::array();
  for (Action action : allowed_actions(workflow::core_user(viewer), stored.facts, context)) {
    actions.push_back(action_key(action));
  }
  json out = {{"id", record.id},
              {"case_number", record.case_number},
              {"state", record.state},
              {"version", record.version},
              {"kind", record.kind},
              {"request", encode_request(stored.facts.request)},
              {"risk", risk_json(assess_risk(stored.facts.request, lang))},
              {"findings", findings_json(stored.findings)},
              {"assignee", optional_id(record.assignee)},
              {"created_at", iso_time(record.created_at)},
              {"updated_at", iso_time(record.updated_at)},
              {"timeline", std::move(timeline)},
              {"comments", std::move(comments)},
              {"attachments", std::move(attachments)},
              {"allowed_actions", std::move(actions)},
              {"owner_id", record.owner_id},
              {"unit_id", record.unit_id},
              {"reference_date", record.reference_date},
              {"state_since", iso_time(record.state_since)},
              {"catalog_id", optional_id(record.catalog_id)},
              {"dpa_agreement_id", optional_id(record.dpa_agreement_id)},
              {"dpa_valid", context.dpa_valid},
              {"order_reference", record.order_reference}};
  add_waiting(out, record, today);
  return out;
}

json request_list_item(const store::RequestRecord& record, const Date& today) {
  json out = {{"id", record.id},
              {"case_number", record.case_number},
              {"state", record.state},
              {"kind", record.kind},
              {"resource_name", record.resource_name},
              {"unit_id", record.unit_id},
              {"risk", record.risk},
              {"assignee", optional_id(record.assignee)},
              {"created_at", iso_time(record.created_at)},
              {"updated_at", iso_time(record.updated_at)},
              {"version", record.version}};
  add_waiting(out, record, today);
  return out;
}

}  // namespace anskaffa::http
