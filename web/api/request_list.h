// GET /api/v1/requests (SPEC 8) for the app's lists: the home screen's own requests and the
// review queue. The server decides what the user may see; the app only asks and shows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "shared/lang.h"

namespace anskaffa::web::api {

struct RequestSummary {
  std::int64_t id = 0;
  std::string case_number;
  std::string state;  // a state key
  std::string kind;
  std::string resource_name;
  std::int64_t unit_id = 0;
  std::string risk;           // low, medium, high
  std::int64_t assignee = 0;  // 0: unassigned
  std::string assignee_name;
  std::string updated_at;  // ISO 8601
  int waiting_days = 0;    // working days in the current state, for open requests
  bool reminder_due = false;
};

struct RequestListQuery {
  bool own = false;              // owner=me
  bool open_only = false;        // open=1: the review queue
  std::string state;             // "" for any
  std::string assignee;          // "", "me" or "none"
  std::string sort = "updated";  // updated, waiting or risk
  std::string text;
  int page = 1;
  int per_page = 50;
};

struct RequestListResult {
  int status = 0;  // 200; 401 when the session has ended; 0 when offline
  std::vector<RequestSummary> items;
  std::int64_t total = 0;
};

// The query string of a list request, with its values percent-encoded.
std::string request_list_url(const RequestListQuery& query);

void fetch_request_list(const RequestListQuery& query, Lang lang,
                        std::function<void(const RequestListResult&)> done);

}  // namespace anskaffa::web::api
