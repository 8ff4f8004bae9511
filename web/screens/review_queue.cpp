// The review queue (SPEC 7): the open requests DI and the security coordinator work on, with
// state, risk, waiting time and assignee. By default high risk first and, within a level, the
// unassigned first (nobody has picked them up yet); or the longest waiting first.
#include <imgui.h>

#include "shared/texts.h"
#include "web/screens/choice_buttons.h"
#include "web/screens/queue_table.h"
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

// The table needs room for six columns; below it the rows read better.
constexpr float kTableMinWidth = 700;
constexpr float kQueueWidth = 1080;

// The open requests by assignee, and the approved ones that DI still has to order (SPEC 4's
// mark_ordered: no longer open, but work for a reviewer all the same).
constexpr std::string_view kToOrder = "to_order";
constexpr Choice kFilters[] = {{"queue.filter.open", "queue.filter.open", ""},
                               {"queue.filter.mine", "queue.filter.mine", "me"},
                               {"queue.filter.unassigned", "queue.filter.unassigned", "none"},
                               {"queue.filter.to_order", "queue.filter.to_order", kToOrder}};
constexpr Choice kSorts[] = {{"queue.sort.risk", "queue.sort.risk", "risk"},
                             {"queue.sort.waiting", "queue.sort.waiting", "waiting"}};

// A row of buttons where the chosen one is filled; true when the choice changed.
bool choice_row(Lang lang, std::span<const Choice> choices, std::string& chosen) {
  bool changed = false;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const Choice& choice = choices[i];
    if (choice_button(choice.id, text(lang, choice.text_key), chosen == choice.value, i == 0)) {
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
  queue.query.open_only = queue.query.state.empty();
  if (queue.query.sort.empty() || queue.query.sort == "updated") queue.query.sort = "risk";
  begin_column(kQueueWidth);
  ui::text("title", text(lang, "nav.review_queue"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.review_queue.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));
  // A wide window shows a table whose headers sort it; a narrow one the rows and the server's
  // two orders.
  const bool wide = ImGui::GetContentRegionAvail().x >= kTableMinWidth;
  std::string filter =
      queue.query.state == "approved" ? std::string(kToOrder) : queue.query.assignee;
  bool changed = choice_row(lang, kFilters, filter);
  if (changed) {
    const bool to_order = filter == kToOrder;
    queue.query.state = to_order ? "approved" : "";
    queue.query.assignee = to_order ? "" : filter;
    queue.query.open_only = !to_order;
  }
  if (!wide) {
    ImGui::Dummy(ImVec2(0, 8));
    changed = choice_row(lang, kSorts, queue.query.sort) || changed;
  }
  if (changed) {
    queue.status = Loading::not_loaded;
    queue.items.clear();
    queue.sorted_rows = 0;
  }
  ImGui::Dummy(ImVec2(0, 16));
  if (!wide || queue.items.empty()) {
    draw_request_rows(state, queue,
                      {.id_prefix = "queue",
                       .title_key = "nav.review_queue",
                       .empty_key = "queue.empty",
                       .status_key = "queue.count",
                       .said_key = "a11y.status.queue"},
                      RowDetail::waiting, load_queue);
  } else {
    if (queue.status == Loading::not_loaded) load_queue(state);  // shown again: ask afresh
    // The count above the table: how much work waits is the first thing a reviewer reads.
    const std::string count = format_text(
        lang, queue.status == Loading::loading ? "queue.count_loading" : "list.count",
        {{"shown", std::to_string(queue.items.size())}, {"total", std::to_string(queue.total)}});
    ui::text("queue.count", count, ui::TextStyle::muted);
    // A filter's outcome is said when it changes (WCAG 4.1.3), not "loading" in between.
    if (queue.status == Loading::loaded) {
      probe::mark_status("queue.count", "queue.count",
                         format_text(lang, "a11y.status.queue",
                                     {{"shown", std::to_string(queue.items.size())},
                                      {"total", std::to_string(queue.total)}}));
    }
    ImGui::Dummy(ImVec2(0, 8));
    draw_queue_table(state, queue);
    ImGui::Dummy(ImVec2(0, 24));
  }
  end_column();
}

}  // namespace anskaffa::web
