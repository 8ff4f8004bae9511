// The home screen, "Mina ärenden" (SPEC 7). So far: the confirmation of a request just sent,
// the way to a new request, and an empty state where the user's requests will be listed once
// the server lists them (GET /api/v1/requests arrives in a later issue).
#include <imgui.h>

#include <algorithm>

#include "web/screens/empty_state.h"
#include "web/screens/screens.h"
#include "shared/texts.h"
#include "web/theme.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_home(App& state) {
  const Lang lang = state.lang;
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.home"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.home.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));

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
    if (ui::button("home.new_request", text(lang, "nav.new_request"))) {
      open_screen(state, Screen::request_form);
    }
    ImGui::Dummy(ImVec2(0, 28));
  }
  draw_empty_state(lang);
  end_column();
}

}  // namespace anskaffa::web
