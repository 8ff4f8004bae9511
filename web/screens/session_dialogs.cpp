// Questions about the session, asked over whatever screen is open so that it stays as it was:
// signing in again after the session expired (the form and the queue wait, SPEC 6), and, at
// sign-out, whether to remove this device's drafts (for a shared computer; keeping them is the
// default).
#include <imgui.h>

#include "shared/texts.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/session_watch.h"
#include "web/theme.h"
#include "web/ui/dialog.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

constexpr const char* kSignInAgain = "###sign_in_again";
constexpr const char* kSignOut = "###sign_out_question";
constexpr const char* kSessionEnding = "###session_ending";

void draw_sign_in_again(App& state) {
  const bool wanted = state.prompts.sign_in_again;
  if (!ui::begin_dialog(kSignInAgain, wanted, 440)) return;
  const Lang lang = state.lang;
  SignInForm& form = state.sign_in;
  ui::text("sign_in_again.title", text(lang, "session.expired_title"), ui::TextStyle::heading);
  ui::text("sign_in_again.intro", text(lang, "session.expired_intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 8));
  bool submit = false;
  submit |= ui::text_input("sign_in_again.email", text(lang, "signin.email"), form.email,
                           {.hint = TextHint::email, .autocomplete = "username"})
                .submitted;
  submit |=
      ui::password_input("sign_in_again.password", text(lang, "signin.password"), form.password)
          .submitted;
  ImGui::Dummy(ImVec2(0, 8));
  const std::string_view label = text(lang, form.pending ? "signin.signing_in" : "signin.submit");
  submit |=
      ui::button("sign_in_again.submit", label, ui::ButtonStyle::primary, -FLT_MIN, !form.pending);
  if (!form.error.empty()) ui::text("sign_in_again.error", form.error, ui::TextStyle::error);
  ImGui::EndPopup();
  if (submit) submit_sign_in_again(state);
}

void draw_sign_out_question(App& state) {
  SessionPrompts& prompts = state.prompts;
  if (!ui::begin_dialog(kSignOut, prompts.sign_out_asked, 460)) return;
  const Lang lang = state.lang;
  ui::text("sign_out.title", text(lang, "session.sign_out_title"), ui::TextStyle::heading);
  ui::text("sign_out.intro", text(lang, "session.sign_out_intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 8));
  ui::checkbox("sign_out.remove_drafts", text(lang, "session.remove_drafts"),
               prompts.remove_drafts);
  ImGui::Dummy(ImVec2(0, 12));
  bool confirm = false;
  // Escape is the cancel button, on the canvas as in the accessibility mirror (WCAG 2.1.2).
  const bool cancel =
      ui::button("sign_out.cancel", text(lang, "session.cancel"), ui::ButtonStyle::secondary);
  probe::mark_cancel("sign_out.cancel");
  if (cancel || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    prompts = SessionPrompts{.sign_in_again = prompts.sign_in_again};
  }
  ImGui::SameLine();
  confirm = ui::button("sign_out.confirm", text(lang, "signin.sign_out"));
  ImGui::EndPopup();
  if (confirm) finish_sign_out(state);
}

// Before the session ends without a request (WCAG 2.2.1): when, and a button that renews it.
// Escape continues too, as the least a person can do to keep working.
void draw_session_ending(App& state) {
  const bool wanted = session_ending() && state.user && !state.prompts.sign_in_again;
  if (!ui::begin_dialog(kSessionEnding, wanted, 440)) return;
  const Lang lang = state.lang;
  ui::text("session_ending.title", text(lang, "session_ending.title"), ui::TextStyle::heading);
  // A warning, so the mirror says it when it appears, also to someone not at the keyboard.
  ui::text(
      "session_ending.intro",
      format_text(lang, "session_ending.intro", {{"time", local_hour_minute(session_end_ms())}}),
      ui::TextStyle::warning);
  ImGui::Dummy(ImVec2(0, 8));
  const bool go_on = ui::button("session_ending.continue", text(lang, "session_ending.continue"));
  probe::mark_cancel("session_ending.continue");
  ImGui::EndPopup();
  if (go_on || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) continue_session(state);
}

}  // namespace

void draw_session_dialogs(App& state) {
  draw_session_ending(state);
  draw_sign_in_again(state);
  draw_sign_out_question(state);
}

}  // namespace anskaffa::web
