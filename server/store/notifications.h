// In-app notifications (SPEC 5): one row per person an event concerns, written in the
// transaction of the event itself. The text is not stored: it is drawn from the kind in the
// reader's language when read.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct NewNotification {
  std::int64_t user_id = 0;
  std::optional<std::int64_t> request_id;
  std::string kind;                      // an action's key, or "remind"
  std::optional<std::int64_t> actor_id;  // nullopt: the system
  std::string from;                      // "" when none
  std::string to;
  std::string comment;
  std::int64_t created_at = 0;
};

void insert_notification(Connection& connection, const NewNotification& notification);

struct Notification {
  std::int64_t id = 0;
  std::optional<std::int64_t> request_id;
  std::string case_number;    // "" when no request
  std::string resource_name;  // as the request names it now
  std::string kind;
  std::optional<std::int64_t> actor_id;
  std::string actor_name;
  std::string from;
  std::string to;
  std::string comment;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> read_at;
};

struct NotificationPage {
  std::vector<Notification> items;  // newest first
  std::int64_t total = 0;           // of the query, all pages
  std::int64_t unread = 0;          // of the user, whatever the query
};

NotificationPage list_notifications(Connection& connection, std::int64_t user_id, bool unread_only,
                                    std::int64_t page, std::int64_t per_page);

// Marks the user's own notification read (once: a second call keeps the first time). False when
// the user has no notification with that id.
bool mark_notification_read(Connection& connection, std::int64_t user_id, std::int64_t id,
                            std::int64_t now);
void mark_all_notifications_read(Connection& connection, std::int64_t user_id, std::int64_t now);

}  // namespace anskaffa::store
