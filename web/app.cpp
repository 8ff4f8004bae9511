// The app's state, its intents, and the full-window layout.
#include "web/app.h"

#include <imgui.h>

#include "shared/texts.h"
#include "web/admin_state.h"
#include "web/api/requests.h"
#include "web/api/units.h"
#include "web/draft/check.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/theme.h"

namespace anskaffa::web {
namespace {

// Everything that belongs to a signed-in user, once they are known.
void signed_in(App& state, api::User user) {
  state.user = std::move(user);
  state.screen = Screen::home;
  state.screen_changed = true;
  if (state.units.status != Units::Status::loaded) {
    state.units.status = Units::Status::loading;
    api::fetch_units(state.lang, [&state](const api::UnitsResult& result) {
      state.units.status = result.ok ? Units::Status::loaded : Units::Status::failed;
      state.units.list = result.units;
      draft_changed(state);  // the unit's finding depends on the list
    });
  }
}

// The user's name and e-mail are the likeliest answers for "Beställare".
void start_draft(App& state) {
  RequestFormState& form = state.form;
  form = RequestFormState{};
  form.draft = Draft::start();
  form.started = true;
  if (state.user) {
    form.draft.typed("requester_name") = state.user->name;
    form.draft.typed("requester_email") = state.user->email;
  }
  draft_changed(state);
}

}  // namespace

std::string_view screen_key(Screen screen) {
  switch (screen) {
    case Screen::sign_in:
      return "sign_in";
    case Screen::home:
      return "home";
    case Screen::request_form:
      return "request_form";
    case Screen::request:
      return "request";
    case Screen::catalog:
      return "catalog";
    case Screen::catalog_entry:
      return "catalog_entry";
    case Screen::review_queue:
      return "review_queue";
    case Screen::agreements:
      return "agreements";
    case Screen::changes:
      return "changes";
    case Screen::stats:
      return "stats";
    case Screen::admin:
      return "admin";
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
                   signed_in(state, result.user);
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
  // The draft lives only in memory so far: on a shared computer the next person must not
  // find it. (SPEC 6's persistent drafts will ask before removing them.)
  state.form = RequestFormState{};
  state.notice.clear();
  state.my_requests = RequestList{};
  state.awaiting_me = RequestList{};
  state.notifications = Notifications{};
  state.queue = RequestList{};
  state.request = RequestPage{};
  state.registers = Registers{};
  state.catalog = CatalogList{};
  state.catalog_entry = CatalogEntryPage{};
  state.suggestions = CatalogSuggestions{};
  reset_admin_state();
  state.menu_open = false;
  state.screen = Screen::sign_in;
}

void toggle_language(App& state) {
  state.lang = state.lang == Lang::sv ? Lang::en : Lang::sv;
  // A message from the server is in the language it was asked in; one of ours is re-read.
  state.sign_in.error.clear();
  draft_changed(state);  // findings and risk reasons carry their messages in a language
}

void restore_session(App& state) {
  api::current_session(state.lang, [&state](const api::SessionResult& result) {
    if (!result.signed_in || state.user) return;
    signed_in(state, result.user);
  });
}

void open_screen(App& state, Screen screen) {
  state.menu_open = false;
  if (screen == Screen::request_form && !state.form.started) start_draft(state);
  if (screen != Screen::home) state.notice.clear();
  // A list is asked for again each time it is opened: others act on requests meanwhile.
  if (screen == Screen::home) {
    for (RequestList* list : {&state.my_requests, &state.awaiting_me}) {
      if (list->status != Loading::loading) list->status = Loading::not_loaded;
    }
    if (state.notifications.status != Loading::loading) {
      state.notifications.status = Loading::not_loaded;
    }
  }
  if (screen == Screen::review_queue && state.queue.status != Loading::loading) {
    state.queue.status = Loading::not_loaded;
  }
  // The registers change as others work, and the home screen's typical wait with them.
  Registers& registers = state.registers;
  if (screen == Screen::agreements && registers.agreements.status != Loading::loading) {
    registers.agreements.status = Loading::not_loaded;
  }
  if (screen == Screen::changes && registers.changes.status != Loading::loading) {
    registers.changes.status = Loading::not_loaded;
  }
  if ((screen == Screen::stats || screen == Screen::home) &&
      registers.stats.status != Loading::loading) {
    registers.stats.status = Loading::not_loaded;
  }
  if (screen == Screen::admin) admin_screen_opened();
  if (screen == state.screen) return;
  state.screen = screen;
  state.screen_changed = true;
}

void draft_changed(App& state) { state.form.check_due = true; }

void check_draft_if_due(App& state) {
  RequestFormState& form = state.form;
  if (!form.started || !form.check_due) return;
  form.draft.sync_register_holder();
  form.check = check_draft(form.draft, state.units.list, state.lang);
  form.check_due = false;
}

void submit_request(App& state) {
  RequestFormState& form = state.form;
  check_draft_if_due(state);
  if (form.submission.pending || has_errors(form.check.findings)) return;
  form.submission = Submission{.pending = true};
  const Lang lang = state.lang;
  api::submit_request(
      form.draft.body(), form.draft.idempotency_key(), lang,
      [&state, lang](const api::SubmitResult& result) {
        Submission& submission = state.form.submission;
        submission.pending = false;
        if (result.status == 201 || (result.status == 200 && !result.case_number.empty())) {
          state.form = RequestFormState{};  // the server has it now (SPEC 6)
          state.my_requests.status = Loading::not_loaded;
          state.notice = format_text(lang, "home.submitted", {{"case_number", result.case_number}});
          state.screen = Screen::home;
          state.screen_changed = true;
        } else if (result.status == 0) {
          submission.error = text(lang, "form.submit_offline");
        } else {
          std::string message =
              result.message.empty() ? "HTTP " + std::to_string(result.status) : result.message;
          submission.error = format_text(lang, "form.submit_failed", {{"message", message}});
          submission.server_findings = result.findings;
        }
      });
}

void draw_app(App& state) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("###app", nullptr, flags);
  ImGui::PopStyleVar();  // the padding; the bars and the screen meet without item spacing

  draw_top_bar(state);

  const bool signed_in = state.user.has_value() && state.screen != Screen::sign_in;
  const bool narrow = viewport->Size.x < theme::kNarrowWidth;
  if (signed_in && !narrow) {
    draw_nav_rail(state);
    ImGui::SameLine(0, 0);
  }

  // The screen scrolls under a fixed top bar when the window is too small for it. Its
  // children share its keyboard focus scope (NavFlattened), so Tab goes through the whole
  // screen in the order it is drawn.
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::kBackground);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, narrow ? ImVec2(16, 20) : ImVec2(40, 32));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
  ImGui::BeginChild("###screen", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NavFlattened);
  ImGui::PopStyleVar(3);  // the screen's padding and rounding, and the layout's item spacing
  ImGui::PopStyleColor();
  if (state.screen_changed) {
    ImGui::SetScrollY(0);
    state.screen_changed = false;
  }
  if (signed_in && narrow && state.menu_open) {
    draw_nav_menu(state);
  } else {
    switch (state.screen) {
      case Screen::sign_in:
        draw_sign_in(state);
        break;
      case Screen::home:
        draw_home(state);
        break;
      case Screen::request_form:
        draw_request_form(state);
        break;
      case Screen::request:
        draw_request_page(state);
        break;
      case Screen::review_queue:
        draw_review_queue(state);
        break;
      case Screen::agreements:
        draw_agreements(state);
        break;
      case Screen::changes:
        draw_changes(state);
        break;
      case Screen::stats:
        draw_stats(state);
        break;
      case Screen::catalog:
        draw_catalog(state);
        break;
      case Screen::catalog_entry:
        draw_catalog_entry(state);
        break;
      case Screen::admin:
        draw_admin(state);
        break;
      default:
        draw_placeholder(state);
        break;
    }
  }
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace anskaffa::web
