// The signed-in user's notifications (SPEC 5, 8): GET /api/v1/notifications and
// POST /api/v1/notifications/{id}/read. The text comes from the server in the language asked
// for; the app shows it as it is.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "shared/lang.h"

namespace anskaffa::web::api {

struct NotificationItem {
  std::int64_t id = 0;
  std::int64_t request_id = 0;  // 0: about no request
  std::string case_number;
  std::string text;
  std::string comment;
  std::string created_at;  // ISO 8601, UTC
  bool read = false;
};

struct NotificationsResult {
  int status = 0;  // 200; 0 when the server could not be reached
  std::vector<NotificationItem> items;
  std::int64_t unread_count = 0;
};

// The newest unread ones, at most per_page, and the count of all unread.
void fetch_notifications(int per_page, Lang lang,
                         std::function<void(const NotificationsResult&)> done);

// Marks one as read; the answer is not waited for by anything but the unread count.
void mark_notification_read(std::int64_t id, Lang lang, std::function<void(bool ok)> done);

}  // namespace anskaffa::web::api
