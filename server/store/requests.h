// Submitted requests (SPEC 4), their timeline and the list queries. Permissions are not decided
// here: the visibility filter of list_requests is SPEC 1's can_see rule written as SQL, and a
// test checks that it agrees with anskaffa::can_see on every request for every demo user.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct RequestRecord {
  std::int64_t id = 0;
  std::string case_number;
  std::int64_t owner_id = 0;
  std::int64_t unit_id = 0;
  std::string state;
  std::int64_t version = 1;
  std::string kind;
  std::string risk;
  std::string resource_name;
  std::string form;            // the request object as JSON text
  std::string reference_date;  // YYYY-MM-DD
  std::int64_t state_since = 0;
  std::optional<std::int64_t> assignee;
  std::optional<std::int64_t> catalog_id;
  std::optional<std::int64_t> dpa_agreement_id;
  std::string order_reference;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

// Inserts a request, allocating its case number ANS-<year>-NNNN (the next running number of
// that year); call inside a write transaction so that two submissions never share a number.
// Fills in id and case_number.
void insert_request(Connection& connection, RequestRecord& request, int year);

std::optional<RequestRecord> find_request(Connection& connection, std::int64_t id);

// Writes every mutable column of request when its stored version is still expected_version.
// False when it is not (someone else changed it first).
bool update_request(Connection& connection, const RequestRecord& request,
                    std::int64_t expected_version);

struct TimelineEntry {
  std::int64_t id = 0;
  std::int64_t request_id = 0;
  std::int64_t at = 0;
  std::optional<std::int64_t> by;  // nullopt: the system
  std::string by_name;             // filled by list_timeline
  std::string action;
  std::string from;  // "" when none
  std::string to;
  std::string comment;
};

void append_timeline(Connection& connection, const TimelineEntry& entry);
std::vector<TimelineEntry> list_timeline(Connection& connection, std::int64_t request_id);

// Who is looking, as far as the visibility rule needs it.
struct Viewer {
  std::int64_t user_id = 0;
  bool sees_all = false;      // reviewer or infosec
  bool is_principal = false;  // then the units of user_units count
};

enum class RequestSort { updated, waiting, risk };

struct RequestQuery {
  Viewer viewer;
  std::optional<std::string> state, kind, risk;
  std::optional<std::int64_t> unit_id;
  // assignee: a user id, or unassigned only.
  std::optional<std::int64_t> assignee;
  bool unassigned = false;
  std::optional<std::int64_t> owner;  // only the requests this user submitted
  bool open_only = false;             // only requests in an open state (the review queue)
  std::string text;                   // plain substring of case number or resource name; "" for any
  RequestSort sort = RequestSort::updated;
  std::int64_t page = 1;
  std::int64_t per_page = 50;
};

struct RequestPage {
  std::vector<RequestRecord> items;
  std::int64_t total = 0;
};

RequestPage list_requests(Connection& connection, const RequestQuery& query);

// Every request id the viewer may see (for tests of the visibility rule).
std::vector<std::int64_t> visible_request_ids(Connection& connection, const Viewer& viewer);

// Requests in the given states that have had no reminder for their current waiting period.
std::vector<RequestRecord> requests_waiting_unreminded(Connection& connection,
                                                       const std::vector<std::string>& states);
// Records the reminder for (request, state_since); false when one was already recorded.
bool mark_reminded(Connection& connection, std::int64_t request_id, std::int64_t state_since,
                   std::int64_t now);

// Folds text for plain substring search (the core's fold_case: Å and å are one letter).
std::string fold_for_search(std::string_view text);

std::int64_t count_requests(Connection& connection);

}  // namespace anskaffa::store
