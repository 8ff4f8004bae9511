#include "web/screens/queue_table.h"

#include <imgui.h>

#include <algorithm>
#include <vector>

#include "shared/texts.h"
#include "web/screens/tones.h"
#include "web/theme.h"
#include "web/ui/probe.h"

namespace anskaffa::web {
namespace {

enum Column { kCase, kResource, kState, kRisk, kWaiting, kAssignee, kColumnCount };

struct ColumnInfo {
  std::string_view key;  // the probe id's last part and the header's text key
  float weight;
  ImGuiTableColumnFlags flags;
};

// Risk sorts as the server's queue does: high risk first and, within a level, the unassigned
// first, then the longest waiting. Waiting sorts longest first on its first click.
constexpr ColumnInfo kColumns[kColumnCount] = {
    {"case", 1.1f, 0},
    {"resource", 2.1f, 0},
    {"state", 1.8f, 0},
    {"risk", 1.25f, ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_PreferSortDescending},
    {"waiting", 1.2f, ImGuiTableColumnFlags_PreferSortDescending},
    {"assignee", 1.4f, 0},
};

constexpr std::string_view kTableId = "queue.table";

int risk_severity(std::string_view risk) {
  if (risk == "high") return 2;
  if (risk == "medium") return 1;
  return 0;
}

// The column's key of a row, compared ascending.
bool less_by(const App& state, Column column, const api::RequestSummary& a,
             const api::RequestSummary& b) {
  const Lang lang = state.lang;
  switch (column) {
    case kCase:
      return a.id < b.id;  // case numbers run with the ids
    case kResource:
      return a.resource_name < b.resource_name;
    case kState:
      return text(lang, "state." + a.state) < text(lang, "state." + b.state);
    case kRisk:
      return risk_severity(a.risk) < risk_severity(b.risk);
    case kWaiting:
      return a.waiting_days < b.waiting_days;
    case kAssignee:
      return a.assignee_name < b.assignee_name;
    case kColumnCount:
      break;
  }
  return false;
}

void sort_rows(const App& state, RequestList& list, const ImGuiTableColumnSortSpecs& spec) {
  const auto column = static_cast<Column>(spec.ColumnIndex);
  const bool descending = spec.SortDirection == ImGuiSortDirection_Descending;
  std::stable_sort(list.items.begin(), list.items.end(),
                   [&](const api::RequestSummary& a, const api::RequestSummary& b) {
                     if (less_by(state, column, a, b)) return !descending;
                     if (less_by(state, column, b, a)) return descending;
                     if (column == kRisk) {
                       // Within a level, whichever way risk runs: the unassigned first, then
                       // the longest waiting.
                       if ((a.assignee == 0) != (b.assignee == 0)) return a.assignee == 0;
                       if (a.waiting_days != b.waiting_days) return a.waiting_days > b.waiting_days;
                     }
                     return a.id < b.id;
                   });
  list.sorted_rows = list.items.size();
}

std::string assignee_text(const App& state, const api::RequestSummary& item) {
  if (item.assignee == 0) return std::string(text(state.lang, "list.unassigned"));
  if (state.user && item.assignee == state.user->id) {
    return std::string(text(state.lang, "list.assigned_to_you"));
  }
  return item.assignee_name.empty() ? std::string(text(state.lang, "list.assigned"))
                                    : item.assignee_name;
}

void cell_text(std::string_view content, const ImVec4& colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::TextUnformatted(content.data(), content.data() + content.size());
  ImGui::PopStyleColor();
}

// The headers; each says in the probe how the table is sorted by it, if it is.
void draw_headers(Lang lang, const ImGuiTableColumnSortSpecs* sorted_by) {
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (int column = 0; column < kColumnCount; ++column) {
    if (!ImGui::TableSetColumnIndex(column)) continue;
    const std::string_view key = kColumns[column].key;
    const std::string label(text(lang, "queue.column." + std::string(key)));
    ImGui::TableHeader(label.c_str());
    nlohmann::json direction = nullptr;
    if (sorted_by && sorted_by->ColumnIndex == column) {
      direction =
          sorted_by->SortDirection == ImGuiSortDirection_Descending ? "descending" : "ascending";
    }
    probe::tag_last_item({.id = "queue.column." + std::string(key),
                          .label = label,
                          .kind = probe::Kind::button,
                          .value = std::move(direction),
                          .has_value = true,
                          .parent = std::string(kTableId),
                          .column = column});
  }
}

// One row: a selectable across every column (clicked or Enter opens the request), then the
// cells' texts. Colour never carries meaning alone: the state and risk are also words.
void draw_row(App& state, const api::RequestSummary& item) {
  const Lang lang = state.lang;
  const std::string state_text(text(lang, "state." + item.state));
  const std::string risk_text(text(lang, "risk." + item.risk));
  const std::string waited =
      item.waiting_days == 1
          ? std::string(text(lang, "list.waiting_one_day"))
          : format_text(lang, "list.waiting_days", {{"days", std::to_string(item.waiting_days)}});
  const std::string assignee = assignee_text(state, item);
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(kCase);
  const std::string id = "queue." + std::to_string(item.id);
  const std::string label = item.case_number + "##" + id;
  const bool opened =
      ImGui::Selectable(label.c_str(), false,
                        ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap);
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  probe::tag_last_item({.id = id,
                        .label = item.case_number + "  " + item.resource_name,
                        .kind = probe::Kind::row,
                        .value = {{"case_number", item.case_number},
                                  {"state", item.state},
                                  {"risk", item.risk},
                                  {"waiting_days", item.waiting_days},
                                  {"assignee", item.assignee},
                                  {"assignee_name", item.assignee_name}},
                        .parent = std::string(kTableId),
                        .cells = {item.resource_name, state_text, risk_text, waited, assignee}});
  ImGui::TableSetColumnIndex(kResource);
  cell_text(item.resource_name, theme::colours().text);
  ImGui::TableSetColumnIndex(kState);
  cell_text(state_text, ui::tone_text(state_tone(item.state)));
  ImGui::TableSetColumnIndex(kRisk);
  cell_text(risk_text, ui::tone_text(risk_tone(item.risk)));
  ImGui::TableSetColumnIndex(kWaiting);
  cell_text(waited,
            item.reminder_due ? theme::colours().warning_text : theme::colours().muted_text);
  ImGui::TableSetColumnIndex(kAssignee);
  cell_text(assignee, item.assignee == 0 ? theme::colours().text : theme::colours().muted_text);
  if (opened) open_request(state, item.id);
}

}  // namespace

void draw_queue_table(App& state, RequestList& list) {
  constexpr ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg |
                                    ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuter |
                                    ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SizingStretchProp;
  // In the accessibility mirror: a table with a caption, its headers (the sort buttons) and
  // the rows drawn.
  std::vector<std::string> headers;
  for (const ColumnInfo& column : kColumns) {
    headers.emplace_back(text(state.lang, "queue.column." + std::string(column.key)));
  }
  probe::mark_structure({.id = std::string(kTableId),
                         .label = std::string(text(state.lang, "nav.review_queue")),
                         .kind = probe::Kind::table,
                         .columns = std::move(headers)});
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(10, 9));
  ImGui::PushStyleColor(ImGuiCol_TableRowBg, theme::colours().surface);
  ImGui::PushStyleColor(ImGuiCol_TableRowBgAlt, theme::colours().background);
  ImGui::PushStyleColor(ImGuiCol_TableHeaderBg, theme::colours().accent_tint);
  ImGui::PushStyleColor(ImGuiCol_Header, theme::colours().accent_tint);
  ImGui::PushStyleColor(ImGuiCol_HeaderHovered, theme::colours().accent_tint);
  if (ImGui::BeginTable("queue.table", kColumnCount, flags)) {
    for (const ColumnInfo& column : kColumns) {
      ImGui::TableSetupColumn(std::string(column.key).c_str(),
                              column.flags | ImGuiTableColumnFlags_WidthStretch, column.weight);
    }
    // A header clicked in the last frame changed the specs: the rows are sorted before they
    // are drawn, and again when more rows arrived.
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    const ImGuiTableColumnSortSpecs* sorted_by =
        specs && specs->SpecsCount > 0 ? &specs->Specs[0] : nullptr;
    if (sorted_by && (specs->SpecsDirty || list.sorted_rows != list.items.size())) {
      sort_rows(state, list, *sorted_by);
    }
    if (specs) specs->SpecsDirty = false;
    draw_headers(state.lang, sorted_by);
    // Thousands of rows cost only the visible ones: the clipper skips the rest.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.items.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        // Opening a request may change the list; a row drawn is a copy.
        const api::RequestSummary item = list.items[static_cast<std::size_t>(row)];
        draw_row(state, item);
      }
    }
    ImGui::EndTable();
  }
  ImGui::PopStyleColor(5);
  ImGui::PopStyleVar();
}

}  // namespace anskaffa::web
