// The app's state, its intents, and the full-window layout.
#include "web/app.h"

#include <imgui.h>

#include "shared/texts.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/theme.h"

namespace anskaffa::web {

std::string_view screen_key(Screen screen) {
  switch (screen) {
    case Screen::sign_in:
      return "sign_in";
    case Screen::home:
      return "home";
  }
  return "sign_in";
}

App& app() {
  static App state;
  return state;
}

void submit_sign_in(App& state) {
  if (state.sign_in.pending) return;
  state.sign_in.pending = true;
  state.sign_in.error.clear();
  Lang lang = state.lang;
  api::sign_in(state.sign_in.email, state.sign_in.password, lang,
               [&state, lang](const api::SessionResult& result) {
                 SignInForm& form = state.sign_in;
                 form.pending = false;
                 if (result.signed_in) {
                   form.password.clear();  // not kept in memory longer than needed
                   state.user = result.user;
                   state.screen = Screen::home;
                 } else if (result.status == 0) {
                   form.error = text(lang, "signin.network_error");
                 } else {
                   form.error = result.message.empty() ? std::string(text(lang, "signin.failed"))
                                                       : result.message;
                 }
               });
}

void sign_out(App& state) {
  api::sign_out(state.lang, [](const api::SessionResult&) {});
  state.user.reset();
  state.sign_in = {};
  state.screen = Screen::sign_in;
}

void toggle_language(App& state) {
  state.lang = state.lang == Lang::sv ? Lang::en : Lang::sv;
  // A message from the server is in the language it was asked in; one of ours is re-read.
  state.sign_in.error.clear();
}

void restore_session(App& state) {
  api::current_session(state.lang, [&state](const api::SessionResult& result) {
    if (!result.signed_in || state.user) return;
    state.user = result.user;
    state.screen = Screen::home;
  });
}

void draw_app(App& state) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("###app", nullptr, flags);
  ImGui::PopStyleVar(2);

  draw_top_bar(state);

  // The screen scrolls under a fixed top bar when the window is too small for it.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBackground);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16, 16));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
  ImGui::BeginChild("###screen", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  switch (state.screen) {
    case Screen::sign_in:
      draw_sign_in(state);
      break;
    case Screen::home:
      draw_signed_in(state);
      break;
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace anskaffa::web
