// The app's state, its intents, and the full-window layout.
#include "web/app.h"

#include <imgui.h>

#include <algorithm>
#include <memory>

#include "shared/texts.h"
#include "web/admin_state.h"
#include "web/api/units.h"
#include "web/draft/check.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/session_watch.h"
#include "web/theme.h"

namespace anskaffa::web {
namespace {

// Everything that belongs to a signed-in user, once they are known. Offline, the user is the
// one remembered from the last visit; the server still decides on every submission.
void signed_in(App& state, api::User user) {
  remember_user(user);
  state.user = std::move(user);
  state.screen = Screen::home;
  state.screen_changed = true;
  load_catalog_snapshot(state);
  send_queue(state);
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
  // Checked, but stored only from the user's first edit: opening the form is no draft yet.
  form.check_due = true;
  state.drafts.current.clear();
  state.drafts.saved_at = 0;
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
                   watch_session(state, result.idle_seconds);
                 } else if (result.status == 0) {
                   form.error = text(lang, "signin.network_error");
                 } else {
                   form.error = result.message.empty() ? std::string(text(lang, "signin.failed"))
                                                       : result.message;
                 }
               });
}

void sign_out(App& state) {
  // With drafts on this device, the user chooses whether to keep them first.
  const bool has_drafts =
      (state.form.started && !state.form.completing()) ||
      std::any_of(state.drafts.list.begin(), state.drafts.list.end(),
                  [&state](const DraftRecord& r) { return belongs_to(r, state.user->id); });
  if (state.user && has_drafts) {
    state.prompts.sign_out_asked = true;
    state.prompts.remove_drafts = false;  // keeping them is the default (SPEC 6)
    state.menu_open = false;
    return;
  }
  finish_sign_out(state);
}

void finish_sign_out(App& state) {
  const bool remove = state.prompts.remove_drafts;
  state.prompts = SessionPrompts{};
  if (state.drafts.save_scheduled) save_draft_now(state);
  forget_user();
  if (remove) {
    // A shared computer: the next person finds nothing of this user's (SPEC 6).
    std::vector<std::string> ids;
    for (const DraftRecord& record : state.drafts.list)
      if (state.user && belongs_to(record, state.user->id)) ids.push_back(record.id);
    for (const std::string& id : ids) delete_draft(state, id);
  }
  api::sign_out(state.lang, [](const api::SessionResult&) {});
  state.user.reset();
  state.sign_in = {};
  // The draft on the form is kept on the device, not on the screen for the next person.
  state.form = RequestFormState{};
  state.drafts.current.clear();
  state.drafts.saved_at = 0;
  state.drafts.message.clear();
  state.catalog_snapshot.clear();
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
  // Storage and the server are asked at once; the answer waits for both. Offline, the user
  // remembered from the last visit opens the app until the network returns.
  struct Answers {
    bool remembered_read = false;
    std::optional<api::User> remembered;
    std::optional<api::SessionResult> session;
  };
  auto answers = std::make_shared<Answers>();
  const auto decide = [&state, answers] {
    if (!answers->remembered_read || !answers->session || state.user) return;
    if (answers->session->signed_in) {
      signed_in(state, answers->session->user);
      watch_session(state, answers->session->idle_seconds);
      request_redraw();  // the last answer may have been storage's, which draws nothing
    } else if (answers->session->status == 0 && answers->remembered) {
      signed_in(state, *answers->remembered);
      request_redraw();
    }
  };
  restore_remembered_user(state, [answers, decide](std::optional<api::User> remembered) {
    answers->remembered_read = true;
    answers->remembered = std::move(remembered);
    decide();
  });
  api::current_session(state.lang, [answers, decide](const api::SessionResult& result) {
    answers->session = result;
    decide();
  });
}

void open_screen(App& state, Screen screen) {
  state.menu_open = false;
  // A completion on the form is left behind: the form is opened for a new request.
  if (screen == Screen::request_form && (!state.form.started || state.form.completing())) {
    start_draft(state);
  }
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

void check_draft_if_due(App& state) {
  RequestFormState& form = state.form;
  if (!form.started || !form.check_due) return;
  form.draft.sync_register_holder();
  form.check = check_draft(form.draft, state.units.list, state.lang);
  form.check_due = false;
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
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::colours().background);
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
  if (state.user) draw_session_dialogs(state);
  draw_text_settings_dialog(state);
  ImGui::End();
}

}  // namespace anskaffa::web
