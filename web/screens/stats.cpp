// Statistics for DI (SPEC 7): open requests by state and by how long they have waited, and the
// time from submission to decision (or in a chosen state) per month, drawn as charts; and the
// typical wait that the requesters also see on their home screen.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "shared/texts.h"
#include "shared/workflow.h"
#include "web/screens/choice_buttons.h"
#include "web/screens/screens.h"
#include "web/screens/stats_charts.h"
#include "web/theme.h"
#include "web/ui/card.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

void chart_card(std::string_view heading_id, std::string_view heading_key, Lang lang,
                const api::Stats& stats, void (*draw)(Lang, const api::Stats&)) {
  ui::begin_card();
  ui::text(heading_id, text(lang, heading_key), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 14));
  draw(lang, stats);
  ui::end_card();
  ImGui::Dummy(ImVec2(0, 20));
}

// "decision" first, then the states with lead times, in the workflow's order.
std::vector<std::string> stages_of(const api::Stats& stats) {
  std::vector<std::string> stages = {"decision"};
  for (const State state : all_states()) {
    const std::string key(state_key(state));
    const bool present = std::any_of(stats.lead_times.begin(), stats.lead_times.end(),
                                     [&](const api::LeadTime& row) { return row.stage == key; });
    if (present) stages.push_back(key);
  }
  return stages;
}

// The lead times per month, for the stage chosen above the chart.
void lead_time_card(Lang lang, StatsState& stats) {
  ui::begin_card();
  ui::text("stats.lead_time", text(lang, "reg.stats.lead_time"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 14));
  const std::vector<std::string> stages = stages_of(stats.stats);
  for (std::size_t i = 0; i < stages.size(); ++i) {
    const std::string& stage = stages[i];
    const std::string label(text(lang, i == 0 ? "reg.stats.stage.decision" : "state." + stage));
    if (choice_button("stats.stage." + stage, label, stats.stage == stage, i == 0)) {
      stats.stage = stage;
    }
  }
  ImGui::Dummy(ImVec2(0, 12));
  const std::string note =
      stats.stage == "decision"
          ? std::string(text(lang, "reg.stats.stage_note.decision"))
          : format_text(lang, "reg.stats.stage_note.state",
                        {{"state", std::string(text(lang, "state." + stats.stage))}});
  ui::text("stats.stage_note", note, ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 14));
  draw_lead_time_chart(lang, stats.stats, stats.stage);
  ui::end_card();
}

}  // namespace

void draw_stats(App& state) {
  const Lang lang = state.lang;
  StatsState& stats = state.registers.stats;
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.stats"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.stats.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));
  if (stats.status == Loading::not_loaded) load_stats(state);
  if (stats.status == Loading::failed) {
    ui::text("stats.failed", text(lang, "list.failed"), ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("stats.retry", text(lang, "list.retry"), ui::ButtonStyle::secondary)) {
      load_stats(state);
    }
  } else if (stats.status != Loading::loaded) {
    ui::text("stats.status", text(lang, "list.loading"), ui::TextStyle::muted);
  } else {
    const api::Stats& s = stats.stats;
    const std::string wait =
        s.typical_wait_days
            ? format_text(lang, "home.typical_wait",
                          {{"days", std::to_string(std::lround(*s.typical_wait_days))}})
            : std::string(text(lang, "reg.stats.no_typical_wait"));
    ui::text("stats.typical_wait", wait);
    ImGui::Dummy(ImVec2(0, 20));
    chart_card("stats.by_state", "reg.stats.by_state", lang, s, draw_by_state_chart);
    chart_card("stats.by_age", "reg.stats.by_age", lang, s, draw_by_age_chart);
    lead_time_card(lang, stats);
  }
  end_column();
}

}  // namespace anskaffa::web
