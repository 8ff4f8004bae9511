// The home screen, "Mina ärenden" (SPEC 7): the confirmation of a request just sent, the way
// to a new request, and the user's own requests with their state and what happens next.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "shared/texts.h"
#include "web/screens/request_rows.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/link.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

// The handling screens once more, as links (WCAG 2.4.5: a second way to them besides the
// navigation), from the same entries the navigation draws.
void draw_handling_links(App& state, const std::vector<NavEntry>& entries) {
  if (std::none_of(entries.begin(), entries.end(), [](const NavEntry& e) { return e.handling; })) {
    return;
  }
  ImGui::Dummy(ImVec2(0, 28));
  ui::text("home.handling", text(state.lang, "nav.group.handling"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 6));
  for (const NavEntry& entry : entries) {
    if (!entry.handling) continue;
    // "nav.review_queue" is reached from home as "home.go.review_queue".
    const std::string id = "home.go." + std::string(entry.id.substr(entry.id.find('.') + 1));
    if (ui::link(id, text(state.lang, entry.text_key))) open_screen(state, entry.screen);
    ImGui::Dummy(ImVec2(0, 4));
  }
}

}  // namespace

void draw_home(App& state) {
  const Lang lang = state.lang;
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.home"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.home.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));

  // What a request can expect now (SPEC 7), for everyone; shown only once decisions exist.
  if (state.registers.stats.status == Loading::not_loaded) load_stats(state);
  if (const auto& days = state.registers.stats.stats.typical_wait_days;
      state.registers.stats.status == Loading::loaded && days) {
    // "About 0 days" and "about 1 days" read wrong: those two are said in words.
    const long rounded = std::lround(*days);
    const std::string key = rounded == 0   ? "home.typical_wait.same_day"
                            : rounded == 1 ? "home.typical_wait.one_day"
                                           : "home.typical_wait";
    ui::text("home.typical_wait", format_text(lang, key, {{"days", std::to_string(rounded)}}),
             ui::TextStyle::muted);
    ImGui::Dummy(ImVec2(0, 20));
  }

  if (!state.notice.empty()) {
    ui::text("notice", state.notice, ui::TextStyle::success);
    ImGui::Dummy(ImVec2(0, 20));
  }

  const auto entries = state.user ? nav_entries(*state.user) : std::vector<NavEntry>{};
  const bool may_request = std::any_of(entries.begin(), entries.end(), [](const NavEntry& e) {
    return e.screen == Screen::request_form;
  });
  if (may_request) {
    ui::text("start_hint", text(lang, "home.start_hint"));
    ImGui::Dummy(ImVec2(0, 12));
    if (ui::button("home.new_request", text(lang, "nav.new_request"))) new_draft(state);
    ImGui::Dummy(ImVec2(0, 28));
    draw_drafts(state);
    ImGui::Dummy(ImVec2(0, 28));
  }
  draw_notifications(state);
  // A principal approves for their units before DI reviews (SPEC 4): those requests first.
  if (state.user && !state.user->units.empty()) {
    ui::text("home.awaiting_me", text(lang, "home.awaiting_me"), ui::TextStyle::heading);
    ImGui::Dummy(ImVec2(0, 10));
    draw_request_rows(state, state.awaiting_me,
                      {.id_prefix = "awaiting",
                       .title_key = "home.awaiting_me",
                       .empty_key = "home.none_awaiting",
                       .status_key = "awaiting.status"},
                      RowDetail::waiting, load_awaiting_me);
    ImGui::Dummy(ImVec2(0, 28));
  }
  ui::text("home.my_requests", text(lang, "home.my_requests"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 10));
  draw_request_rows(state, state.my_requests,
                    {.id_prefix = "mine",
                     .title_key = "home.my_requests",
                     .empty_key = "home.none_yet",
                     .status_key = "mine.status"},
                    RowDetail::next_step, load_my_requests);
  draw_handling_links(state, entries);
  end_column();
}

}  // namespace anskaffa::web
