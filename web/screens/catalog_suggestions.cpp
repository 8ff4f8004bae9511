// Under the request form's resource name: when what is typed matches approved entries in the
// catalogue, they are offered, so that a resource already approved is registered for use
// instead of being reviewed again (SPEC 2.2, 5). Choosing one makes the draft a usage
// registration; the notice that replaces the offer says so and can undo it. The offer is a
// status message (WCAG 4.1.3): said with the entries' names when it appears or they change.
#include <imgui.h>

#include "shared/texts.h"
#include "web/screens/screens.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

constexpr std::string_view kStatusKey = "suggestions";

void draw_chosen(App& state) {
  const Lang lang = state.lang;
  Draft& draft = state.form.draft;
  ImGui::Dummy(ImVec2(0, 10));
  ui::text("suggestion.chosen",
           format_text(lang, "suggestion.chosen", {{"name", draft.typed("resource_name")}}),
           ui::TextStyle::success);
  ImGui::Dummy(ImVec2(0, 6));
  if (ui::button("suggestion.undo", text(lang, "suggestion.undo"), ui::ButtonStyle::secondary)) {
    draft.typed("catalog_id").clear();
    draft_changed(state);
    check_draft_if_due(state);
  }
}

}  // namespace

void draw_catalog_suggestions(App& state) {
  const Lang lang = state.lang;
  if (!state.form.draft.typed("catalog_id").empty()) {
    draw_chosen(state);
    return;
  }
  resource_name_typed(state);  // a changed name is looked up once the user pauses
  const CatalogSuggestions& suggestions = state.suggestions;
  // No offer makes the next one news; while a search is on its way the last one stands, so
  // the same offer found again for a longer name is not said twice.
  if (suggestions.items.empty()) probe::mark_status_silent(kStatusKey);
  if (suggestions.items.empty() || suggestions.answer != suggestions.typed) return;
  ImGui::Dummy(ImVec2(0, 12));
  ui::text("suggestion.heading", text(lang, "suggestion.heading"), ui::TextStyle::muted);
  std::string names;
  for (const api::CatalogItem& item : suggestions.items) {
    names += (names.empty() ? "" : ", ") + item.name;
  }
  probe::mark_status("suggestion.heading", kStatusKey,
                     format_text(lang, "a11y.status.suggestions", {{"names", names}}));
  // A copy: choosing one clears the list while it is being drawn.
  const std::vector<api::CatalogItem> items = suggestions.items;
  for (const api::CatalogItem& item : items) {
    ImGui::Dummy(ImVec2(0, 6));
    const std::string label =
        item.supplier_name.empty() ? item.name : item.name + " · " + item.supplier_name;
    if (ui::button("suggestion." + std::to_string(item.id), label, ui::ButtonStyle::secondary)) {
      use_catalog_entry(state, item);
    }
    if (item.dpa_expired) {
      ui::text("suggestion." + std::to_string(item.id) + ".dpa_expired",
               text(lang, "suggestion.dpa_expired"), ui::TextStyle::warning);
    }
  }
}

}  // namespace anskaffa::web
