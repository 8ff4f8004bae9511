#include "web/screens/request_rows.h"

#include <imgui.h>

#include <vector>

#include "shared/texts.h"
#include "web/screens/tones.h"
#include "web/ui/list_row.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

std::string waiting_text(Lang lang, int days) {
  if (days == 1) return std::string(text(lang, "list.waiting_one_day"));
  return format_text(lang, "list.waiting_days", {{"days", std::to_string(days)}});
}

std::string detail_of(const App& state, const api::RequestSummary& item, RowDetail detail) {
  const Lang lang = state.lang;
  if (detail == RowDetail::next_step) return std::string(text(lang, "next." + item.state));
  std::string line = std::string(text(lang, "risk." + item.risk));
  line += " · ";
  if (item.assignee == 0) {
    line += text(lang, "list.unassigned");
  } else if (state.user && item.assignee == state.user->id) {
    line += text(lang, "list.assigned_to_you");
  } else {
    line += text(lang, "list.assigned");
  }
  return line;
}

// The list as a table in the accessibility mirror, captioned as the list is titled on screen.
std::string mark_table(Lang lang, const ListNames& names, RowDetail detail) {
  std::string id = std::string(names.id_prefix) + ".table";
  std::vector<std::string> columns = {std::string(text(lang, "a11y.column.request"))};
  if (detail == RowDetail::next_step) {
    columns.emplace_back(text(lang, "a11y.column.next_step"));
    columns.emplace_back(text(lang, "queue.column.state"));
  } else {
    columns.emplace_back(text(lang, "a11y.column.risk_assignee"));
    columns.emplace_back(text(lang, "queue.column.state"));
    columns.emplace_back(text(lang, "queue.column.waiting"));
  }
  probe::mark_structure({.id = id,
                         .label = std::string(text(lang, names.title_key)),
                         .kind = probe::Kind::table,
                         .columns = std::move(columns)});
  return id;
}

}  // namespace

void draw_request_rows(App& state, RequestList& list, const ListNames& names, RowDetail detail,
                       void (*reload)(App&)) {
  const Lang lang = state.lang;
  const std::string_view id_prefix = names.id_prefix;
  if (list.status == Loading::not_loaded) reload(state);
  if (list.status == Loading::failed) {
    ui::text(std::string(id_prefix) + ".failed", text(lang, "list.failed"), ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button(std::string(id_prefix) + ".retry", text(lang, "list.retry"),
                   ui::ButtonStyle::secondary)) {
      reload(state);
    }
    return;
  }
  if (list.items.empty()) {
    const bool loading = list.status == Loading::loading;
    const std::string id = std::string(id_prefix) + ".status";
    ui::text(id, text(lang, loading ? "list.loading" : names.empty_key), ui::TextStyle::muted);
    // "Nothing here" after a filter is said; "loading" in between is not.
    if (!loading && !names.status_key.empty()) probe::mark_status(id, names.status_key);
    return;
  }
  const std::string table = mark_table(lang, names, detail);
  for (const api::RequestSummary& item : list.items) {
    const std::string title = item.case_number + "  " + item.resource_name;
    const std::string line = detail_of(state, item, detail);
    const std::string chip(text(lang, "state." + item.state));
    const std::string waited = detail == RowDetail::waiting && !item.state.empty()
                                   ? waiting_text(lang, item.waiting_days)
                                   : std::string();
    const ui::RowContent content{
        .title = title,
        .detail = line,
        .chip = chip,
        .chip_tone = state_tone(item.state),
        .trailing = waited,
        .trailing_tone = item.reminder_due ? ui::Tone::warning : ui::Tone::neutral,
        .table = table,
    };
    const nlohmann::json value = {{"case_number", item.case_number},
                                  {"state", item.state},
                                  {"risk", item.risk},
                                  {"waiting_days", item.waiting_days}};
    if (ui::list_row(std::string(id_prefix) + "." + std::to_string(item.id), content, value)) {
      open_request(state, item.id);
    }
  }
  ImGui::Dummy(ImVec2(0, 8));
  const std::string count = format_text(
      lang, "list.count",
      {{"shown", std::to_string(list.items.size())}, {"total", std::to_string(list.total)}});
  ui::text(std::string(id_prefix) + ".count", count, ui::TextStyle::muted);
  if (list.status == Loading::loaded && !names.status_key.empty() && !names.said_key.empty()) {
    probe::mark_status(std::string(id_prefix) + ".count", names.status_key,
                       format_text(lang, names.said_key,
                                   {{"shown", std::to_string(list.items.size())},
                                    {"total", std::to_string(list.total)}}));
  }
  if (static_cast<std::int64_t>(list.items.size()) < list.total &&
      list.status != Loading::loading) {
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button(std::string(id_prefix) + ".more", text(lang, "list.more"),
                   ui::ButtonStyle::secondary)) {
      load_next_page(state, list);
    }
  }
}

}  // namespace anskaffa::web
