// The home screen's notifications (SPEC 5, 7): the newest unread few and how many are unread,
// each opening its request (and so read). Nothing is shown when nothing is unread, so the
// home screen stays about the user's own requests; every event is in the request's timeline.
#include <imgui.h>

#include "shared/texts.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/ui/list_row.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_notifications(App& state) {
  const Lang lang = state.lang;
  Notifications& notifications = state.notifications;
  if (notifications.status == Loading::not_loaded) load_notifications(state);
  if (notifications.items.empty()) return;
  std::string heading(text(lang, "home.notifications"));
  if (notifications.unread_count > 0) {
    heading += "  ·  " + format_text(lang, "home.unread_count",
                                     {{"count", std::to_string(notifications.unread_count)}});
  }
  ui::text("home.notifications", heading, ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 10));
  const std::string unread_chip(text(lang, "home.unread"));
  for (const api::NotificationItem& item : notifications.items) {
    const std::string detail = item.comment.empty()
                                   ? local_time(item.created_at)
                                   : local_time(item.created_at) + " · “" + item.comment + "”";
    const ui::RowContent content{
        .title = item.text,
        .detail = detail,
        .chip = item.read ? std::string_view() : std::string_view(unread_chip),
        .chip_tone = ui::Tone::accent,
    };
    const nlohmann::json value = {{"read", item.read}, {"request_id", item.request_id}};
    if (ui::list_row("notification." + std::to_string(item.id), content, value)) {
      open_notification(state, item.id);
    }
  }
  ImGui::Dummy(ImVec2(0, 28));
}

}  // namespace anskaffa::web
