#include "web/api/notifications.h"

#include <nlohmann/json.hpp>

#include "web/api/json_fields.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {

void fetch_notifications(int per_page, Lang lang,
                         std::function<void(const NotificationsResult&)> done) {
  HttpRequest request{.url = "/api/v1/notifications?unread=1&per_page=" + std::to_string(per_page),
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    NotificationsResult result;
    result.status = response.status;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 && body.is_object()) {
      result.unread_count = integer_at(body, "unread_count");
      result.items = items_at(body, [](const nlohmann::json& item) {
        return NotificationItem{integer_at(item, "id"),         integer_at(item, "request_id"),
                                string_at(item, "case_number"), string_at(item, "text"),
                                string_at(item, "comment"),     string_at(item, "created_at"),
                                boolean_at(item, "read")};
      });
    }
    done(result);
  });
}

void mark_notification_read(std::int64_t id, Lang lang, std::function<void(bool ok)> done) {
  HttpRequest request{.method = "POST",
                      .url = "/api/v1/notifications/" + std::to_string(id) + "/read",
                      .body = "{}",
                      .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    done(response.status == 200);
  });
}

}  // namespace anskaffa::web::api
