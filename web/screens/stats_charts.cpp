#include "web/screens/stats_charts.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "shared/lead_times.h"
#include "shared/texts.h"
#include "shared/workflow.h"
#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

using nlohmann::json;

constexpr float kBarHeight = 22;
constexpr float kRowGap = 10;
constexpr float kNarrow = 520;  // below it a bar's label goes above it

ImU32 colour(const ImVec4& c) { return ImGui::GetColorU32(c); }

float text_width(std::string_view text) {
  return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

void draw_text(ImDrawList* draw, ImVec2 pos, std::string_view text, const ImVec4& c) {
  draw->AddText(pos, colour(c), text.data(), text.data() + text.size());
}

// The open states in the workflow's order, as the server keys them.
std::vector<std::string> open_states() {
  std::vector<std::string> keys;
  for (const State state : all_states()) {
    if (is_open(state)) keys.emplace_back(state_key(state));
  }
  return keys;
}

std::int64_t count_of(const std::map<std::string, std::int64_t>& counts, const std::string& key) {
  const auto found = counts.find(key);
  return found == counts.end() ? 0 : found->second;
}

// Where the labels go: a column left of the bars, or above each bar on a narrow column.
struct BarLayout {
  bool labels_above = false;
  float label_width = 0;
  float row_height = 0;
};

BarLayout bar_layout(Lang lang, const std::vector<std::string>& states, float width) {
  BarLayout layout;
  layout.labels_above = width < kNarrow;
  for (const std::string& state : states) {
    layout.label_width = std::max(layout.label_width, text_width(text(lang, "state." + state)));
  }
  layout.label_width = layout.labels_above ? 0 : std::min(layout.label_width + 16, width * 0.4f);
  const float line = ImGui::GetTextLineHeight();
  layout.row_height = kBarHeight + kRowGap + (layout.labels_above ? line + 4 : 0);
  return layout;
}

// Draws a state's label for the bar row at `top`; returns where the bar starts.
ImVec2 bar_origin(Lang lang, ImDrawList* draw, const BarLayout& layout, ImVec2 top,
                  const std::string& state) {
  const std::string label(text(lang, "state." + state));
  const float line = ImGui::GetTextLineHeight();
  if (layout.labels_above) {
    draw_text(draw, top, label, theme::colours().text);
    return ImVec2(top.x, top.y + line + 4);
  }
  // A label too long for its column is cut with an ellipsis; the probe keeps the full value.
  ImGui::RenderTextEllipsis(draw, ImVec2(top.x, top.y + (kBarHeight - line) * 0.5f),
                            ImVec2(top.x + layout.label_width - 12, top.y + kBarHeight),
                            top.x + layout.label_width - 12, top.x + layout.label_width - 12,
                            label.c_str(), nullptr, nullptr);
  return ImVec2(top.x + layout.label_width, top.y);
}

// A row of a chart's table in the accessibility mirror: its key (for a stable id), its header
// and its cells after the header.
struct TableRow {
  std::string key;
  std::string header;
  std::vector<std::string> cells;
};
struct ChartTable {
  std::vector<std::string> columns;  // the row headers' column first
  std::vector<TableRow> rows;
};

// Reserves the chart's area in the layout and tags it for the probe. In the accessibility
// mirror the chart is its table instead (WCAG 1.1.1, 1.3.1): what the drawing tells by
// position, length and colour, told by column and row headers. No rows: no table.
void finish_chart(std::string_view id, std::string_view label, ImVec2 pos, float width,
                  float height, json value, ChartTable table) {
  ImGui::Dummy(ImVec2(width, height));
  const std::string table_id = std::string(id) + ".table";
  if (!table.rows.empty()) {
    probe::mark_structure({.id = table_id,
                           .label = std::string(label),
                           .kind = probe::Kind::table,
                           .columns = std::move(table.columns)});
    for (TableRow& row : table.rows) {
      probe::mark_structure({.id = table_id + "." + row.key,
                             .label = std::move(row.header),
                             .kind = probe::Kind::table_row,
                             .parent = table_id,
                             .cells = std::move(row.cells)});
    }
  }
  probe::tag_rect({.id = std::string(id),
                   .label = std::string(label),
                   .kind = probe::Kind::group,
                   .value = std::move(value),
                   .has_value = true,
                   .mirror_hidden = true},
                  ImRect(pos, ImVec2(pos.x + width, pos.y + height)));
}

// The age bands' fills. Their colours are close in lightness, so each band also has its own
// pattern (WCAG 1.4.1), repeated in the legend: plain, slanted stripes, dots, level stripes.
// Asked each time: the palette may change between frames.
ImVec4 band_colour(std::size_t band) {
  const theme::Palette& p = theme::colours();
  const ImVec4 bands[] = {p.success_text, p.accent, p.warning_text, p.error_text};
  return bands[band];
}
constexpr float kPatternStep = 5;
constexpr float kSegmentGap = 3;  // in the card's colour, between a bar's segments (1.4.11)

void draw_band(ImDrawList* draw, std::size_t band, ImVec2 min, ImVec2 max) {
  draw->AddRectFilled(min, max, colour(band_colour(band)));
  const ImU32 ink = colour(theme::colours().chart_pattern);
  const float height = max.y - min.y;
  draw->PushClipRect(min, max, true);
  switch (band) {
    case 1:  // lines rising to the right
      for (float x = min.x - height; x < max.x; x += kPatternStep) {
        draw->AddLine(ImVec2(x, max.y), ImVec2(x + height, min.y), ink, 1.2f);
      }
      break;
    case 2: {
      int line = 0;
      for (float y = min.y + 2.5f; y < max.y; y += kPatternStep, ++line) {
        const float offset = line % 2 == 0 ? 2.5f : 2.5f + kPatternStep * 0.5f;
        for (float x = min.x + offset; x < max.x; x += kPatternStep) {
          draw->AddCircleFilled(ImVec2(x, y), 1.1f, ink, 6);
        }
      }
      break;
    }
    case 3:  // level lines
      for (float y = min.y + 2.5f; y < max.y; y += kPatternStep) {
        draw->AddLine(ImVec2(min.x, y), ImVec2(max.x, y), ink, 1.2f);
      }
      break;
    default:
      break;
  }
  draw->PopClipRect();
}

}  // namespace

std::string days_number(Lang lang, double days) {
  const double rounded = std::round(days * 10) / 10;
  if (std::abs(rounded - std::round(rounded)) < 0.05) {
    return std::to_string(static_cast<long>(std::round(rounded)));
  }
  std::string out =
      std::to_string(static_cast<long>(std::floor(rounded))) + (lang == Lang::sv ? "," : ".");
  out += std::to_string(static_cast<int>(std::lround((rounded - std::floor(rounded)) * 10)));
  return out;
}

void draw_by_state_chart(Lang lang, const api::Stats& stats) {
  const std::vector<std::string> states = open_states();
  const float width = ImGui::GetContentRegionAvail().x;
  const BarLayout layout = bar_layout(lang, states, width);
  std::int64_t most = 1;
  json value = json::object();
  for (const std::string& state : states) {
    const std::int64_t count = count_of(stats.by_state, state);
    most = std::max(most, count);
    value[state] = count;
  }
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float number_room = 40;
  const float line = ImGui::GetTextLineHeight();
  float y = pos.y;
  for (const std::string& state : states) {
    const std::int64_t count = count_of(stats.by_state, state);
    const ImVec2 bar = bar_origin(lang, draw, layout, ImVec2(pos.x, y), state);
    const float span = pos.x + width - number_room - bar.x;
    const float length = span * static_cast<float>(count) / static_cast<float>(most);
    // A faint track shows the scale; the bar itself is the accent.
    draw->AddRectFilled(bar, ImVec2(bar.x + span, bar.y + kBarHeight),
                        colour(theme::colours().accent_tint), 3);
    if (count > 0) {
      draw->AddRectFilled(bar, ImVec2(bar.x + std::max(length, 3.0f), bar.y + kBarHeight),
                          colour(theme::colours().accent), 3);
    }
    draw_text(draw, ImVec2(bar.x + span + 8, bar.y + (kBarHeight - line) * 0.5f),
              std::to_string(count), theme::colours().text);
    y += layout.row_height;
  }
  ChartTable table{.columns = {std::string(text(lang, "a11y.chart.state")),
                               std::string(text(lang, "a11y.chart.open"))}};
  for (const std::string& state : states) {
    table.rows.push_back({state,
                          std::string(text(lang, "state." + state)),
                          {std::to_string(count_of(stats.by_state, state))}});
  }
  finish_chart("chart.by_state", text(lang, "reg.stats.by_state"), pos, width, y - pos.y, value,
               std::move(table));
}

void draw_by_age_chart(Lang lang, const api::Stats& stats) {
  const std::vector<std::string> states = open_states();
  const float width = ImGui::GetContentRegionAvail().x;
  const BarLayout layout = bar_layout(lang, states, width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();

  // The legend: what each colour means, wrapping on a narrow column.
  float x = pos.x;
  float y = pos.y;
  const std::string legend(text(lang, "reg.stats.age_legend"));
  draw_text(draw, ImVec2(x, y), legend, theme::colours().muted_text);
  x += text_width(legend) + 12;
  for (std::size_t i = 0; i < std::size(age_bands); ++i) {
    const std::string band(age_bands[i]);
    const float item = 14 + 6 + text_width(band) + 16;
    if (x + item > pos.x + width) {
      x = pos.x;
      y += line + 6;
    }
    draw_band(draw, i, ImVec2(x, y + 3), ImVec2(x + 14, y + 3 + 14));
    draw_text(draw, ImVec2(x + 20, y), band, theme::colours().text);
    x += item;
  }
  y += line + 14;

  // Each state's requests by band and in all, counted once for the bars and the table.
  std::int64_t most = 1;
  json value = json::object();
  std::map<std::string, std::int64_t, std::less<>> totals;
  for (const std::string& state : states) {
    std::int64_t& total = totals[state];
    json bands = json::object();
    const auto found = stats.open_by_age.find(state);
    for (const std::string_view band : age_bands) {
      const std::int64_t count =
          found == stats.open_by_age.end() ? 0 : count_of(found->second, std::string(band));
      bands[std::string(band)] = count;
      total += count;
    }
    value[state] = bands;
    most = std::max(most, total);
  }
  const float number_room = 40;
  for (const std::string& state : states) {
    const ImVec2 bar = bar_origin(lang, draw, layout, ImVec2(pos.x, y), state);
    const float span = pos.x + width - number_room - bar.x;
    draw->AddRectFilled(bar, ImVec2(bar.x + span, bar.y + kBarHeight),
                        colour(theme::colours().accent_tint), 3);
    float at = bar.x;
    std::size_t last = 0;  // the last band with requests: no gap after it
    for (std::size_t i = 0; i < std::size(age_bands); ++i) {
      if (value[state][std::string(age_bands[i])].get<std::int64_t>() > 0) last = i;
    }
    for (std::size_t i = 0; i < std::size(age_bands); ++i) {
      const std::int64_t count = value[state][std::string(age_bands[i])].get<std::int64_t>();
      if (count == 0) continue;
      const float length = span * static_cast<float>(count) / static_cast<float>(most);
      // A gap in the card's colour parts a segment from the next; a segment stays visible.
      const float drawn = std::max(i == last ? length : length - kSegmentGap, 3.0f);
      draw_band(draw, i, ImVec2(at, bar.y), ImVec2(at + drawn, bar.y + kBarHeight));
      // The segment's count inside it, when it fits, on a patch of its colour without pattern.
      const std::string number = std::to_string(count);
      const float number_width = text_width(number);
      if (number_width + 16 < drawn) {
        const ImVec2 at_text(at + (drawn - number_width) * 0.5f,
                             bar.y + (kBarHeight - line) * 0.5f);
        draw->AddRectFilled(ImVec2(at_text.x - 6, bar.y + 3),
                            ImVec2(at_text.x + number_width + 6, bar.y + kBarHeight - 3),
                            colour(band_colour(i)), 3);
        draw_text(draw, at_text, number, theme::colours().on_accent);
      }
      at += length;
    }
    draw_text(draw, ImVec2(bar.x + span + 8, bar.y + (kBarHeight - line) * 0.5f),
              std::to_string(totals[state]), theme::colours().text);
    y += layout.row_height;
  }
  ChartTable table{.columns = {std::string(text(lang, "a11y.chart.state"))}};
  for (const std::string_view band : age_bands) {
    table.columns.push_back(format_text(lang, "a11y.chart.band", {{"band", std::string(band)}}));
  }
  table.columns.emplace_back(text(lang, "a11y.chart.total"));
  for (const std::string& state : states) {
    TableRow row{state, std::string(text(lang, "state." + state)), {}};
    for (const std::string_view band : age_bands) {
      row.cells.push_back(std::to_string(value[state][std::string(band)].get<std::int64_t>()));
    }
    row.cells.push_back(std::to_string(totals[state]));
    table.rows.push_back(std::move(row));
  }
  finish_chart("chart.by_age", text(lang, "reg.stats.by_age"), pos, width, y - pos.y, value,
               std::move(table));
}

void draw_lead_time_chart(Lang lang, const api::Stats& stats, std::string_view stage) {
  std::vector<const api::LeadTime*> months;
  for (const api::LeadTime& row : stats.lead_times) {
    if (row.stage == stage && row.median_days) months.push_back(&row);
  }
  std::sort(months.begin(), months.end(),
            [](const api::LeadTime* a, const api::LeadTime* b) { return a->month < b->month; });
  json value = json::array();
  for (const api::LeadTime* row : months) {
    value.push_back(
        {{"month", row->month}, {"median_days", *row->median_days}, {"count", row->count}});
  }
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  if (months.empty()) {
    ui::text("chart.lead_time.none", text(lang, "reg.stats.no_lead_times"), ui::TextStyle::muted);
    finish_chart("chart.lead_time", text(lang, "reg.stats.lead_time"), pos, width, 0, value, {});
    return;
  }
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float line = ImGui::GetTextLineHeight();
  double most = 1;
  for (const api::LeadTime* row : months) most = std::max(most, *row->median_days);
  // Gridlines at a round step, so the axis reads at a glance.
  double step = 1;
  for (const double candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0}) {
    step = candidate;
    if (most / candidate <= 5) break;
  }
  // Headroom above the tallest bar for its number.
  const double top = std::ceil(most * 1.15 / step) * step;
  const float axis_width = text_width(std::to_string(static_cast<long>(top))) + 10;
  const float plot_height = 180;
  const ImVec2 plot_min(pos.x + axis_width, pos.y + line + 8);  // room for the axis' unit
  const ImVec2 plot_max(pos.x + width, plot_min.y + plot_height);
  draw_text(draw, pos, text(lang, "reg.stats.days_axis"), theme::colours().muted_text);
  for (double tick = 0; tick <= top + 1e-9; tick += step) {
    const float y = plot_max.y - static_cast<float>(tick / top) * plot_height;
    draw->AddLine(ImVec2(plot_min.x, y), ImVec2(plot_max.x, y),
                  colour(tick == 0 ? theme::colours().muted_text : theme::colours().border));
    const std::string label = std::to_string(static_cast<long>(tick));
    draw_text(draw, ImVec2(plot_min.x - 8 - text_width(label), y - line * 0.5f), label,
              theme::colours().muted_text);
  }
  const float slot = (plot_max.x - plot_min.x) / static_cast<float>(months.size());
  const float bar_width = std::min(48.0f, slot * 0.6f);
  bool short_months = false;
  for (const api::LeadTime* row : months) short_months |= text_width(row->month) + 6 > slot;
  for (std::size_t i = 0; i < months.size(); ++i) {
    const api::LeadTime& row = *months[i];
    const float centre = plot_min.x + slot * (static_cast<float>(i) + 0.5f);
    const float height = static_cast<float>(*row.median_days / top) * plot_height;
    draw->AddRectFilled(ImVec2(centre - bar_width * 0.5f, plot_max.y - height),
                        ImVec2(centre + bar_width * 0.5f, plot_max.y),
                        colour(theme::colours().accent), 3, ImDrawFlags_RoundCornersTop);
    const std::string number = days_number(lang, *row.median_days);
    draw_text(draw, ImVec2(centre - text_width(number) * 0.5f, plot_max.y - height - line - 2),
              number, theme::colours().text);
    // "2026-03", or "03" where the months are too close for the year.
    const std::string month = short_months ? row.month.substr(5) : row.month;
    draw_text(draw, ImVec2(centre - text_width(month) * 0.5f, plot_max.y + 6), month,
              theme::colours().muted_text);
  }
  ChartTable table{.columns = {std::string(text(lang, "a11y.chart.month")),
                               std::string(text(lang, "a11y.chart.median_days"))}};
  for (const api::LeadTime* row : months) {
    table.rows.push_back({row->month, row->month, {days_number(lang, *row->median_days)}});
  }
  finish_chart("chart.lead_time", text(lang, "reg.stats.lead_time"), pos, width,
               plot_max.y + 6 + line - pos.y, value, std::move(table));
}

}  // namespace anskaffa::web
