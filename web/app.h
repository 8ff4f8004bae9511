// The app's state and its full-window layout: a top bar over the current screen. Screens draw
// from this state and change it only through the intents below; requests to the server go
// through web/api.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "shared/lang.h"
#include "web/api/session.h"

namespace anskaffa::web {

enum class Screen { sign_in, home };
std::string_view screen_key(Screen screen);  // SPEC 7's screen keys

struct SignInForm {
  std::string email;
  std::string password;
  std::string error;  // shown under the form; empty when there is none
  bool pending = false;
};

struct App {
  Lang lang = Lang::sv;  // Swedish by default (SPEC 7)
  Screen screen = Screen::sign_in;
  SignInForm sign_in;
  std::optional<api::User> user;
};

App& app();

// Intents.
void submit_sign_in(App& state);
void sign_out(App& state);
void toggle_language(App& state);
// Asks the server whether the session cookie still signs someone in.
void restore_session(App& state);

// Draws the whole window for the current screen.
void draw_app(App& state);

}  // namespace anskaffa::web
