// The intents of the admin screen: list and search accounts, create and edit them, set a new
// password, add and rename units. The core checks the fields before anything is sent (the same
// rules the server applies), and the server's refusals are kept to be shown where they belong.
#include <algorithm>

#include "shared/texts.h"
#include "shared/utf8.h"
#include "web/admin_state.h"
#include "web/api/units.h"
#include "web/app.h"
#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

constexpr double kTypingPause = 250;

std::string refusal(Lang lang, const api::WriteResult& result) {
  if (result.status == 0) return std::string(text(lang, "admin.offline"));
  const std::string message =
      result.message.empty() ? "HTTP " + std::to_string(result.status) : result.message;
  return format_text(lang, "admin.failed", {{"message", message}});
}

// The units as the form and the editors know them, asked again after a unit changed.
void reload_units(App& state) {
  state.units.status = Units::Status::loading;
  api::fetch_units(state.lang, [&state](const api::UnitsResult& result) {
    state.units.status = result.ok ? Units::Status::loaded : Units::Status::failed;
    if (result.ok) state.units.list = result.units;
    draft_changed(state);
  });
}

}  // namespace

AdminState& admin_state() {
  static AdminState state;
  return state;
}

void reset_admin_state() { admin_state() = AdminState{}; }

void admin_screen_opened() {
  AdminState& admin = admin_state();
  if (admin.status != Loading::loading) admin.status = Loading::not_loaded;
}

Findings account_findings(const App& state) {
  const AccountEditor& editor = admin_state().account;
  Findings findings = validate_account(editor.draft, state.units.list, state.lang);
  if (editor.id == 0) {
    const Findings password = validate_password(editor.password, state.lang);
    findings.insert(findings.end(), password.begin(), password.end());
  }
  return findings;
}

void open_admin_tab(App& state, AdminTab tab) {
  AdminState& admin = admin_state();
  admin.tab = tab;
  admin.notice.clear();
  admin.account = AccountEditor{};
  admin.unit = UnitEditor{};
  if (tab == AdminTab::units) reload_units(state);
}

void load_accounts(App& state) {
  AdminState& admin = admin_state();
  const unsigned asked = ++admin.asked;
  admin.status = Loading::loading;
  api::fetch_accounts(std::string(trim(admin.typed)), admin.per_page, state.lang,
                      [asked](const api::AccountListResult& result) {
                        AdminState& answered = admin_state();
                        if (answered.asked != asked) return;  // a newer search was sent since
                        if (result.status != 200) {
                          answered.status = Loading::failed;
                          return;
                        }
                        answered.accounts = result.items;
                        answered.total = result.total;
                        answered.status = Loading::loaded;
                      });
}

void account_search_typed(App& state) {
  const unsigned typing = ++admin_state().typing;
  wake_after(kTypingPause, [&state, typing] {
    if (admin_state().typing != typing) return;  // typed again since: wait for that pause
    load_accounts(state);
  });
}

void start_new_account() {
  admin_state().notice.clear();
  admin_state().account = AccountEditor{.open = true};
}

void edit_account(const api::Account& account) {
  admin_state().notice.clear();
  AccountEditor& editor = admin_state().account;
  editor = AccountEditor{.open = true, .id = account.id};
  editor.draft = {account.email, account.name, account.roles, account.units};
  editor.disabled = account.disabled;
}

void close_account_editor() { admin_state().account = AccountEditor{}; }

void account_edited(std::string_view field) {
  AccountEditor& editor = admin_state().account;
  editor.touched.emplace(field);
  editor.server_findings.clear();
  editor.error.clear();
  editor.notice.clear();
}

void save_account(App& state) {
  AccountEditor& editor = admin_state().account;
  if (editor.sending) return;
  editor.tried = true;
  editor.notice.clear();
  if (has_errors(account_findings(state))) return;
  std::sort(editor.draft.roles.begin(), editor.draft.roles.end());
  std::sort(editor.draft.units.begin(), editor.draft.units.end());
  nlohmann::json body = {{"name", std::string(trim(editor.draft.name))},
                         {"roles", editor.draft.roles},
                         {"units", editor.draft.units}};
  editor.sending = true;
  const Lang lang = state.lang;
  const bool creating = editor.id == 0;
  const auto done = [&state, lang, creating](const api::WriteResult& result) {
    AccountEditor& answered = admin_state().account;
    answered.sending = false;
    if (result.status == 200 || result.status == 201) {
      admin_state().account = AccountEditor{};
      admin_state().notice = text(lang, creating ? "admin.user.created" : "admin.user.saved");
      state.screen_changed = true;  // to the top, where the notice is
      load_accounts(state);
      return;
    }
    answered.error = refusal(lang, result);
    answered.server_findings = result.findings;
  };
  if (creating) {
    body["email"] = std::string(trim(editor.draft.email));
    body["password"] = editor.password;
    api::create_account(body, lang, done);
  } else {
    body["disabled"] = editor.disabled;
    api::update_account(editor.id, body, lang, done);
  }
}

void save_account_password(App& state) {
  AccountEditor& editor = admin_state().account;
  if (editor.sending || editor.id == 0) return;
  editor.touched.emplace("password");
  if (has_errors(validate_password(editor.password, state.lang))) return;
  editor.sending = true;
  editor.notice.clear();
  const Lang lang = state.lang;
  const std::int64_t id = editor.id;
  api::set_account_password(id, editor.password, lang, [lang, id](const api::WriteResult& result) {
    AccountEditor& answered = admin_state().account;
    if (answered.id != id) return;
    answered.sending = false;
    if (result.status == 204) {
      answered.password.clear();
      answered.touched.erase("password");
      answered.notice = text(lang, "admin.user.password_set");
      return;
    }
    answered.error = refusal(lang, result);
    answered.server_findings = result.findings;
  });
}

void start_new_unit() {
  admin_state().notice.clear();
  admin_state().unit = UnitEditor{.open = true};
}

void edit_unit(const UnitRef& unit) {
  admin_state().notice.clear();
  admin_state().unit =
      UnitEditor{.open = true, .id = unit.id, .name = unit.name, .school_form = unit.school_form};
}

void close_unit_editor() { admin_state().unit = UnitEditor{}; }

void save_unit(App& state) {
  UnitEditor& editor = admin_state().unit;
  if (editor.sending) return;
  editor.tried = true;
  if (has_errors(validate_unit(editor.name, editor.school_form, state.lang))) return;
  editor.sending = true;
  const Lang lang = state.lang;
  const bool creating = editor.id == 0;
  const nlohmann::json body = {{"name", std::string(trim(editor.name))},
                               {"school_form", std::string(trim(editor.school_form))}};
  const auto done = [&state, lang, creating](const api::WriteResult& result) {
    UnitEditor& answered = admin_state().unit;
    answered.sending = false;
    if (result.status == 200 || result.status == 201) {
      admin_state().unit = UnitEditor{};
      admin_state().notice = text(lang, creating ? "admin.unit.created" : "admin.unit.saved");
      state.screen_changed = true;  // to the top, where the notice is
      reload_units(state);
      return;
    }
    answered.error = refusal(lang, result);
    answered.server_findings = result.findings;
  };
  if (creating) {
    api::create_unit(body, lang, done);
  } else {
    api::update_unit(editor.id, body, lang, done);
  }
}

}  // namespace anskaffa::web
