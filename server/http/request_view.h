// Requests in SPEC 8's fixed shapes: the whole request as GET, PUT and actions answer it, and
// the list item. Both add waiting_days (working days in the current state) and reminder_due.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "server/store/database.h"
#include "server/store/requests.h"
#include "server/store/users.h"
#include "shared/date.h"
#include "shared/lang.h"

namespace anskaffa::http {

// "2026-11-28T08:49:54Z"
std::string iso_time(std::int64_t unix_seconds);

nlohmann::json request_view(store::Connection& connection, const store::RequestRecord& record,
                            const store::User& viewer, std::int64_t now, Lang lang);

nlohmann::json request_list_item(const store::RequestRecord& record, const Date& today);

}  // namespace anskaffa::http
