// The accessibility mirror's own words: the column headers of lists shown as tables to screen
// readers, and the names of tab lists. What is drawn on the canvas has its texts elsewhere.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry a11y_layout_entries[] = {
    {"a11y.column.request", "Ärende och lärresurs", "Case and resource"},
    {"a11y.column.next_step", "Nästa steg", "Next step"},
    {"a11y.column.risk_assignee", "Risk och handläggare", "Risk and assignee"},
    {"a11y.column.catalog_detail", "Leverantör, årskurser och enheter",
     "Supplier, year groups and units"},
    {"a11y.column.catalog_agreement", "Avtal", "Agreement"},
    {"a11y.tabs.admin", "Delar av administrationen", "Parts of the administration"},
};

}  // namespace

std::span<const TextEntry> a11y_layout_texts() { return a11y_layout_entries; }

}  // namespace anskaffa::texts
