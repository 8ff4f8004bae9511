// One request as the server returns it (SPEC 8's shape), and its actions: GET
// /api/v1/requests/{id} and POST /api/v1/requests/{id}/actions. allowed_actions is the
// server's word on what this user may do now; the app offers exactly those.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::web::api {

struct TimelineItem {
  std::string at;       // ISO 8601
  std::string by_name;  // "" for the system's own entries (reminders)
  std::string action;
  std::string from, to;  // state keys, "" when none
  std::string comment;
};

struct AttachmentItem {
  std::int64_t id = 0;
  std::string name;
  std::int64_t size = 0;
};

struct RequestView {
  std::int64_t id = 0;
  std::int64_t version = 0;
  std::string case_number;
  std::string state;
  std::string kind;
  nlohmann::json request = nlohmann::json::object();  // the fields of SPEC 2
  std::string risk;                                   // low, medium, high
  std::vector<std::string> risk_reasons;              // in the language asked for
  Findings findings;
  std::int64_t assignee = 0;
  std::int64_t owner_id = 0;
  std::string created_at;
  std::string state_since;
  bool dpa_valid = false;
  std::vector<TimelineItem> timeline;
  std::vector<AttachmentItem> attachments;
  std::vector<std::string> allowed_actions;
};

struct RequestViewResult {
  int status = 0;  // 200 with the view; 0 when the server could not be reached
  RequestView view;
  std::string code;     // an error's code: not_found, stale_version, comment_required, ...
  std::string message;  // an error's message, in the language asked for
  Findings findings;
};

using RequestViewCallback = std::function<void(const RequestViewResult&)>;

void fetch_request(std::int64_t id, Lang lang, RequestViewCallback done);

// body: {action, version, ...} (SPEC 4's fields).
void send_action(std::int64_t id, const nlohmann::json& body, Lang lang, RequestViewCallback done);

// PUT /api/v1/requests/{id} {version, request}: the owner's edit of a request returned for
// completion; answers the request with its findings (resubmit then needs none of severity error).
void save_request_edit(std::int64_t id, std::int64_t version, const nlohmann::json& request,
                       Lang lang, RequestViewCallback done);

}  // namespace anskaffa::web::api
