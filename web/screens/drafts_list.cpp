// The home screen's drafts (SPEC 6): those kept on this device, newest first, with when each
// was saved and whether it waits to be sent; one opens to continue it, deletes after a
// confirmation; a draft exported elsewhere is imported here.
#include <imgui.h>

#include <algorithm>

#include "shared/texts.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/ui/list_row.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

void draw_row(App& state, const DraftRecord& record) {
  const Lang lang = state.lang;
  const std::string id = "draft." + record.id;
  const std::string title = record_title(record);
  const std::string shown_title =
      title.empty() ? std::string(text(lang, "drafts.untitled")) : title;
  const std::string saved =
      format_text(lang, "drafts.saved_at", {{"time", local_time(record.updated_at)}});
  const std::string chip(text(lang, record.queued ? "drafts.queued" : "drafts.draft"));
  const ui::RowContent content{
      .title = shown_title,
      .detail = saved,
      .chip = chip,
      .chip_tone = record.queued ? ui::Tone::warning : ui::Tone::neutral,
  };
  const nlohmann::json value = {{"name", title}, {"queued", record.queued}};
  if (ui::list_row(id, content, value)) open_draft(state, record.id);
  if (record.queued) return;  // the server's to answer now

  Drafts& drafts = state.drafts;
  ImGui::Dummy(ImVec2(0, 4));
  if (drafts.confirm_delete == record.id) {
    ui::text(id + ".delete.question", text(lang, "drafts.delete_question"), ui::TextStyle::warning);
    ImGui::Dummy(ImVec2(0, 4));
    if (ui::button(id + ".delete.cancel", text(lang, "session.cancel"),
                   ui::ButtonStyle::secondary)) {
      drafts.confirm_delete.clear();
    }
    ImGui::SameLine();
    if (ui::button(id + ".delete.confirm", text(lang, "drafts.delete_confirm"))) {
      delete_draft(state, record.id);
    }
  } else if (ui::button(id + ".delete", text(lang, "drafts.delete"), ui::ButtonStyle::quiet)) {
    drafts.confirm_delete = record.id;
  }
  ImGui::Dummy(ImVec2(0, 8));
}

}  // namespace

void draw_drafts(App& state) {
  const Lang lang = state.lang;
  Drafts& drafts = state.drafts;
  ui::text("drafts", text(lang, "drafts.title"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 10));
  if (std::none_of(drafts.list.begin(), drafts.list.end(), [&state](const DraftRecord& r) {
        return state.user && belongs_to(r, state.user->id);
      })) {
    ui::text("drafts.none", text(lang, "drafts.none"), ui::TextStyle::muted);
    ImGui::Dummy(ImVec2(0, 8));
  }
  // A copy: deleting a row changes the list while it is drawn.
  std::vector<DraftRecord> rows;
  for (const DraftRecord& record : drafts.list)
    if (state.user && belongs_to(record, state.user->id)) rows.push_back(record);
  for (const DraftRecord& record : rows) draw_row(state, record);
  if (!drafts.message.empty()) {
    ui::text("drafts.message", drafts.message,
             drafts.message_is_error ? ui::TextStyle::error : ui::TextStyle::success);
    ImGui::Dummy(ImVec2(0, 8));
  }
  if (ui::button("draft.import", text(lang, "drafts.import"), ui::ButtonStyle::secondary)) {
    drafts.message.clear();
    import_draft(state);
  }
}

}  // namespace anskaffa::web
