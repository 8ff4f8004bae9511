// The catalogue, "Godkända lärresurser" (SPEC 5, 7): a search that asks the server as the user
// types, filters for grade level, type and status, and the entries as rows with their status,
// grade levels, how many units use them and an expired DPA said plainly. A row opens the
// entry's page.
#include <imgui.h>

#include <algorithm>

#include "shared/form.h"
#include "shared/texts.h"
#include "web/screens/catalog_parts.h"
#include "web/screens/screens.h"
#include "web/screens/tones.h"
#include "web/theme.h"
#include "web/ui/list_row.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

constexpr std::string_view kStatuses[] = {"approved", "approved_with_conditions", "phased_out",
                                          "not_approved"};

// A drop-down of a filter: "all" first, then the options; true when the choice changed.
// `label_prefix` gives an option's label with its key appended.
bool filter_combo(Lang lang, std::string_view name, std::span<const std::string_view> options,
                  std::string_view label_prefix, std::string& chosen, float width) {
  const std::string id = "catalog.filter." + std::string(name);
  std::vector<std::string> labels{std::string(text(lang, id + ".all"))};
  std::vector<std::string> ids{id + ".all"};
  int selected = 0;
  for (const std::string_view option : options) {
    if (option == chosen) selected = static_cast<int>(labels.size());
    labels.push_back(std::string(text(lang, std::string(label_prefix) + std::string(option))));
    ids.push_back(id + "." + std::string(option));
  }
  ImGui::BeginGroup();
  // The label sits close above its list, as a form field's label does.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 6));
  ui::text(id + ".label", text(lang, id), ui::TextStyle::muted);
  probe::Tag tag;
  tag.value = chosen.empty() ? nlohmann::json(nullptr) : nlohmann::json(chosen);
  const bool changed =
      ui::combo(id, text(lang, id), labels, ids, selected, labels.front(), width, std::move(tag));
  ImGui::PopStyleVar();
  ImGui::EndGroup();
  if (changed) chosen = selected <= 0 ? std::string() : std::string(options[selected - 1]);
  return changed;
}

std::vector<std::string_view> options_of(std::string_view field) {
  std::vector<std::string_view> out;
  if (const FieldDef* def = find_field(field)) {
    for (const auto& option : def->options) out.emplace_back(option);
  }
  return out;
}

void draw_filters(App& state) {
  const Lang lang = state.lang;
  api::CatalogQuery& query = state.catalog.query;
  const float width = ImGui::GetContentRegionAvail().x;
  const bool narrow = width < 560;
  const float gap = 12;
  const float each = narrow ? width : (width - 2 * gap) / 3;
  const auto grades = options_of("grade_levels");
  const auto types = options_of("resource_type");
  // Side by side, each group is placed where it starts: SameLine would offset a group's label
  // by the previous group's text baseline (its list's frame padding).
  const ImVec2 start = ImGui::GetCursorPos();
  bool changed = filter_combo(lang, "grade", grades, "option.grade_levels.", query.grade, each);
  if (narrow) {
    ImGui::Dummy(ImVec2(0, 10));
  } else {
    ImGui::SetCursorPos(ImVec2(start.x + each + gap, start.y));
  }
  changed = filter_combo(lang, "type", types, "option.resource_type.", query.type, each) || changed;
  if (narrow) {
    ImGui::Dummy(ImVec2(0, 10));
  } else {
    ImGui::SetCursorPos(ImVec2(start.x + 2 * (each + gap), start.y));
  }
  changed =
      filter_combo(lang, "status", kStatuses, "catalog_status.", query.status, each) || changed;
  if (changed) search_catalog_now(state);
}

void draw_rows(App& state) {
  const Lang lang = state.lang;
  CatalogList& list = state.catalog;
  if (list.status == Loading::failed) {
    ui::text("catalog.failed", text(lang, "list.failed"), ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("catalog.retry", text(lang, "list.retry"), ui::ButtonStyle::secondary)) {
      load_catalog(state);
    }
    return;
  }
  if (list.items.empty()) {
    const bool loading = list.status != Loading::loaded;
    ui::text("catalog.status", text(lang, loading ? "list.loading" : "catalog.empty"),
             ui::TextStyle::muted);
    // A search's outcome is said when it changes; "loading" in between is not (WCAG 4.1.3).
    if (!loading) probe::mark_status("catalog.status", "catalog.hits");
    return;
  }
  // How many match, above the rows, where a search's effect is seen at once; while a search
  // is on its way it says so instead of a number that is about to change.
  const std::string count = list.status == Loading::loading
                                ? std::string(text(lang, "list.loading"))
                                : format_text(lang, "list.count",
                                              {{"shown", std::to_string(list.items.size())},
                                               {"total", std::to_string(list.total)}});
  ui::text("catalog.count", count, ui::TextStyle::muted);
  if (list.status == Loading::loaded) {
    probe::mark_status("catalog.count", "catalog.hits",
                       format_text(lang, "a11y.status.catalog",
                                   {{"shown", std::to_string(list.items.size())},
                                    {"total", std::to_string(list.total)}}));
  }
  ImGui::Dummy(ImVec2(0, 8));
  // In the accessibility mirror the rows are a table, a column for each part of a row.
  const std::string table = "catalog.table";
  probe::mark_structure({.id = table,
                         .label = std::string(text(lang, "nav.catalog")),
                         .kind = probe::Kind::table,
                         .columns = {std::string(text(lang, "queue.column.resource")),
                                     std::string(text(lang, "a11y.column.catalog_detail")),
                                     std::string(text(lang, "queue.column.state")),
                                     std::string(text(lang, "a11y.column.catalog_agreement"))}});
  for (const api::CatalogItem& item : list.items) {
    std::string detail = item.supplier_name;
    const std::string grades = grade_levels_text(lang, item.grade_levels);
    if (!grades.empty()) detail += " · " + grades;
    detail += " · " + units_text(lang, item.unit_count);
    const std::string chip(text(lang, "catalog_status." + item.status));
    const std::string expired =
        item.dpa_expired ? std::string(text(lang, "catalog.dpa_expired")) : std::string();
    const ui::RowContent content{
        .title = item.name,
        .detail = detail,
        .chip = chip,
        .chip_tone = catalog_status_tone(item.status),
        .trailing = expired,
        .trailing_tone = ui::Tone::error,
        .table = table,
    };
    const nlohmann::json value = {{"name", item.name},
                                  {"status", item.status},
                                  {"resource_type", item.resource_type},
                                  {"grade_levels", item.grade_levels},
                                  {"unit_count", item.unit_count},
                                  {"dpa_expired", item.dpa_expired}};
    if (ui::list_row("catalog." + std::to_string(item.id), content, value)) {
      open_catalog_entry(state, item.id);
    }
  }
  if (static_cast<std::int64_t>(list.items.size()) < list.total &&
      list.status != Loading::loading) {
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("catalog.more", text(lang, "list.more"), ui::ButtonStyle::secondary)) {
      load_more_catalog(state);
    }
  }
}

}  // namespace

void draw_catalog(App& state) {
  const Lang lang = state.lang;
  CatalogList& list = state.catalog;
  if (list.status == Loading::not_loaded) load_catalog(state);
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.catalog"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "catalog.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));
  draw_catalog_exports(state);
  const ui::FieldEvents search =
      ui::text_input("catalog.search", text(lang, "catalog.search"), list.typed,
                     {.placeholder = text(lang, "catalog.search.placeholder")});
  if (search.submitted) {
    search_catalog_now(state);
  } else if (search.changed) {
    catalog_search_typed(state);
  }
  ImGui::Dummy(ImVec2(0, 14));
  draw_filters(state);
  ImGui::Dummy(ImVec2(0, 20));
  draw_rows(state);
  end_column();
}

}  // namespace anskaffa::web
