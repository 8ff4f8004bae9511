// The feed of the units' changes (SPEC 5): newest first, each said in words — a use started, a
// new register holder or system administrator, an end of use — with the day and who made it,
// so that DI can keep the registers of processing up to date.
#include <imgui.h>

#include <string>

#include "shared/texts.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/list_row.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

std::string sentence(Lang lang, const api::UsageChangeItem& c) {
  TextValues values = {{"unit", c.unit_name},     {"resource", c.resource_name},
                       {"before", c.before_name}, {"after", c.after_name},
                       {"date", c.end_date},      {"case_number", c.case_number}};
  if (c.kind == "system_admin" || c.kind == "register_holder") {
    const std::string key = "reg.change." + c.kind;
    return format_text(lang, c.before_name.empty() ? key + "_first" : key, values);
  }
  if (c.kind == "ended") {
    return format_text(lang, c.end_date.empty() ? "reg.change.ended_undone" : "reg.change.ended",
                       values);
  }
  return format_text(lang, c.case_number.empty() ? "reg.change.started" : "reg.change.started_case",
                     values);
}

ui::Tone kind_tone(std::string_view kind) {
  if (kind == "started") return ui::Tone::success;
  if (kind == "ended") return ui::Tone::neutral;
  return ui::Tone::accent;
}

}  // namespace

void draw_changes(App& state) {
  const Lang lang = state.lang;
  ChangeList& list = state.registers.changes;
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.changes"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.changes.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));
  if (list.status == Loading::not_loaded) load_changes(state);
  if (list.status == Loading::failed) {
    ui::text("changes.failed", text(lang, "list.failed"), ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("changes.retry", text(lang, "list.retry"), ui::ButtonStyle::secondary)) {
      load_changes(state);
    }
  } else if (list.items.empty()) {
    const bool loading = list.status == Loading::loading;
    ui::text("changes.status", text(lang, loading ? "list.loading" : "reg.changes.empty"),
             ui::TextStyle::muted);
  } else {
    for (const api::UsageChangeItem& c : list.items) {
      const std::string title = sentence(lang, c);
      const std::string day = c.at.substr(0, 10);
      const std::string detail =
          c.by.empty() ? day : format_text(lang, "reg.change.by", {{"date", day}, {"name", c.by}});
      const std::string chip(text(lang, "usage_change." + c.kind));
      const ui::RowContent content{
          .title = title, .detail = detail, .chip = chip, .chip_tone = kind_tone(c.kind)};
      const nlohmann::json value = {{"kind", c.kind}, {"at", c.at}};
      ui::list_row("change." + std::to_string(c.id), content, value);
    }
    ImGui::Dummy(ImVec2(0, 8));
    const std::string count = format_text(
        lang, "list.count",
        {{"shown", std::to_string(list.items.size())}, {"total", std::to_string(list.total)}});
    ui::text("changes.count", count, ui::TextStyle::muted);
    if (static_cast<std::int64_t>(list.items.size()) < list.total &&
        list.status != Loading::loading) {
      ImGui::Dummy(ImVec2(0, 8));
      if (ui::button("changes.more", text(lang, "list.more"), ui::ButtonStyle::secondary)) {
        list.per_page = std::min(200, list.per_page + 25);
        load_changes(state);
      }
    }
  }
  end_column();
}

}  // namespace anskaffa::web
