// One function per screen (and for the bars around them); each draws into the content area
// draw_app() gives it.
#pragma once

#include <string_view>
#include <vector>

#include "web/app.h"

namespace anskaffa::web {

void draw_top_bar(App& state);
void draw_nav_rail(App& state);  // wide windows: a rail left of the screen
void draw_nav_menu(App& state);  // narrow windows: the menu in place of the screen
// The display settings (display_choice.h): the "high contrast" toggle and the button to the
// typeface and spacing dialog, one under the other; `width` as ui::toggle_button's.
void draw_display_settings(App& state, float width = 0);
// That dialog, while App::text_settings_open.
void draw_text_settings_dialog(App& state);

void draw_sign_in(App& state);
void draw_home(App& state);
void draw_request_form(App& state);
void draw_form_summary(App& state);  // the request form's last step
void draw_request_page(App& state);
void draw_review_queue(App& state);
void draw_notifications(App& state);  // a part of the home screen
void draw_agreements(App& state);
void draw_changes(App& state);
void draw_stats(App& state);
void draw_catalog(App& state);
void draw_catalog_entry(App& state);
// Under the request form's resource name: approved entries matching what is typed.
void draw_catalog_suggestions(App& state);
// Over the current screen: signing in again, and the question at sign-out.
void draw_session_dialogs(App& state);
// The drafts kept on this device, on the home screen.
void draw_drafts(App& state);
// The screens not built yet: their title, what they are for, and an empty state.
void draw_placeholder(App& state);

// The navigation's entries for this user, by role (SPEC 1, 7).
struct NavEntry {
  Screen screen;
  std::string_view id;        // the probe's id: "nav.home", ...
  std::string_view text_key;  // its title, also the screen's title
  bool handling = false;      // DI's and the security coordinator's work
};
std::vector<NavEntry> nav_entries(const api::User& user);
std::string_view screen_title_key(Screen screen);

// A screen's column: centred, at most `max_width` wide. Call end_column() after it.
void begin_column(float max_width);
void end_column();

}  // namespace anskaffa::web
