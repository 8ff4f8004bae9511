// The review queue (SPEC 7): the open requests DI and the security coordinator work on, with
// state, risk, waiting time and assignee. By default high risk first and, within a level, the
// unassigned first (nobody has picked them up yet); or the longest waiting first.
#include <imgui.h>

#include "shared/texts.h"
#include "web/screens/request_rows.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

struct Choice {
  std::string_view id;
  std::string_view text_key;
  std::string_view value;
};

constexpr Choice kFilters[] = {{"queue.filter.open", "queue.filter.open", ""},
                               {"queue.filter.mine", "queue.filter.mine", "me"},
                               {"queue.filter.unassigned", "queue.filter.unassigned", "none"}};
constexpr Choice kSorts[] = {{"queue.sort.risk", "queue.sort.risk", "risk"},
                             {"queue.sort.waiting", "queue.sort.waiting", "waiting"}};

// A row of buttons where the chosen one is filled; true when the choice changed.
bool choice_row(Lang lang, std::span<const Choice> choices, std::string& chosen) {
  bool changed = false;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, 8);
    const Choice& choice = choices[i];
    const bool selected = chosen == choice.value;
    if (ui::button(choice.id, text(lang, choice.text_key),
                   selected ? ui::ButtonStyle::primary : ui::ButtonStyle::secondary) &&
        !selected) {
      chosen = std::string(choice.value);
      changed = true;
    }
  }
  return changed;
}

}  // namespace

void draw_review_queue(App& state) {
  const Lang lang = state.lang;
  RequestList& queue = state.queue;
  queue.query.open_only = true;
  if (queue.query.sort.empty() || queue.query.sort == "updated") queue.query.sort = "risk";
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.review_queue"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.review_queue.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));
  bool changed = choice_row(lang, kFilters, queue.query.assignee);
  ImGui::Dummy(ImVec2(0, 8));
  changed = choice_row(lang, kSorts, queue.query.sort) || changed;
  if (changed) {
    queue.query.page = 1;
    queue.query.per_page = 50;
    queue.status = Loading::not_loaded;
    queue.items.clear();
  }
  ImGui::Dummy(ImVec2(0, 16));
  draw_request_rows(state, queue, "queue", RowDetail::waiting, "queue.empty", load_queue);
  end_column();
}

}  // namespace anskaffa::web
