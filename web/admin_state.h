// The admin screen's state (SPEC 1, 7): the accounts as the server lists them, the search as
// typed, and the account or unit being edited with its fields as typed and how saving went;
// and the screen's intents. Only the admin screen reads this state, so it is kept here beside
// its intents rather than in web/app.h, which every screen includes.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "shared/accounts.h"
#include "web/api/admin.h"
#include "web/registers_state.h"

namespace anskaffa::web {

struct App;

enum class AdminTab { users, units };

struct AccountEditor {
  bool open = false;
  std::int64_t id = 0;  // 0: a new account
  Account draft;        // email, name, roles, units as typed and chosen
  bool disabled = false;
  std::string password;  // a new account's first password, or a new one for an existing account
  std::set<std::string, std::less<>> touched;  // fields edited: their findings show
  bool tried = false;                          // a save was tried: every finding shows
  bool sending = false;
  Findings server_findings;  // the server's, until the fields change
  std::string error;         // the server's refusal, in the user's words
  std::string notice;        // the password was changed
};

struct UnitEditor {
  bool open = false;
  std::int64_t id = 0;  // 0: a new unit
  std::string name;
  std::string school_form;
  bool tried = false;
  bool sending = false;
  Findings server_findings;
  std::string error;
};

struct AdminState {
  AdminTab tab = AdminTab::users;
  Loading status = Loading::not_loaded;
  std::string typed;  // the search field
  std::vector<api::Account> accounts;
  std::int64_t total = 0;
  int per_page = 50;
  unsigned asked = 0;   // the number of the latest list asked for; older answers are dropped
  unsigned typing = 0;  // counts edits of the search field; a pause ends at the latest one
  AccountEditor account;
  UnitEditor unit;
  std::string notice;  // what the last save did, above the list
};

// The one admin screen's state; reset_admin_state() forgets it at sign-out.
AdminState& admin_state();
void reset_admin_state();

// Intents (admin_state.cpp).
void open_admin_tab(App& state, AdminTab tab);
// The screen was opened: the accounts are asked for again (others administer them too).
void admin_screen_opened();
void load_accounts(App& state);
// The account search changed: the list is asked once the user pauses.
void account_search_typed(App& state);
void start_new_account();
void edit_account(const api::Account& account);
void close_account_editor();
// A field of the account being edited changed: its findings show, the server's last go.
void account_edited(std::string_view field);
// The core's findings of the account being edited (and a new account's password).
Findings account_findings(const App& state);
void save_account(App& state);
void save_account_password(App& state);
void start_new_unit();
void edit_unit(const UnitRef& unit);
void close_unit_editor();
void save_unit(App& state);

// The screen (screens/admin.cpp).
void draw_admin(App& state);

}  // namespace anskaffa::web
