// The statistics' charts as tables in the accessibility mirror (WCAG 1.1.1, 1.3.1): the headers
// of their rows and columns, which the drawn charts show by position, colour and legend.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry a11y_chart_entries[] = {
    {"a11y.chart.state", "Läge", "State"},
    {"a11y.chart.open", "Öppna ärenden", "Open requests"},
    {"a11y.chart.band", "{band} arbetsdagar", "{band} working days"},
    {"a11y.chart.total", "Totalt", "Total"},
    {"a11y.chart.month", "Månad", "Month"},
    {"a11y.chart.median_days", "Median, dagar", "Median, days"},
};

}  // namespace

std::span<const TextEntry> a11y_chart_texts() { return a11y_chart_entries; }

}  // namespace anskaffa::texts
