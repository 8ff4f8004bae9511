// The app's state and its full-window layout: a top bar, the navigation (a rail on wide
// windows, a menu on narrow ones) and the current screen. Screens draw from this state and
// change it only through the intents below; requests to the server go through web/api.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/lang.h"
#include "shared/validate.h"
#include "web/api/catalog.h"
#include "web/api/notifications.h"
#include "web/api/request_list.h"
#include "web/api/request_page.h"
#include "web/api/session.h"
#include "web/draft/form_state.h"
#include "web/drafts_state.h"
#include "web/files_state.h"
#include "web/register_edits_state.h"
#include "web/registers_state.h"

namespace anskaffa::web {

enum class Screen {
  sign_in,
  home,
  request_form,
  request,  // one request's page
  catalog,
  catalog_entry,  // one catalogue entry's page
  review_queue,
  agreements,
  changes,
  stats,
  admin,
};
std::string_view screen_key(Screen screen);  // SPEC 7's screen keys

struct SignInForm {
  std::string email;
  std::string password;
  std::string error;  // shown under the form; empty when there is none
  bool pending = false;
};

// The school units from GET /api/v1/units: the form's list and the validation context.
struct Units {
  enum class Status { not_loaded, loading, loaded, failed } status = Status::not_loaded;
  std::vector<UnitRef> list;
};

// A list of requests from the server: the home screen's own, or the review queue. Pages are
// appended as they arrive; an answer to an older question than the latest is dropped.
struct RequestList {
  Loading status = Loading::not_loaded;
  api::RequestListQuery query;
  std::vector<api::RequestSummary> items;
  std::int64_t total = 0;
  bool load_all = false;        // the queue fetches every page, so its table sorts all of them
  unsigned asked = 0;           // the number of the latest question sent
  std::size_t sorted_rows = 0;  // rows in the table's order; more arrived: sort again
};

// The action being prepared on a request's page: its inputs as typed, and how sending went.
struct ActionDraft {
  std::string action;                                      // an action key; "" when none is chosen
  std::map<std::string, std::string, std::less<>> values;  // by the body's key
  bool sending = false;
  std::string error;  // the server's refusal, in the user's words
};

struct RequestPage {
  Loading status = Loading::not_loaded;
  std::int64_t id = 0;
  Screen return_to = Screen::home;  // where "back" leads: the list it was opened from
  api::RequestView view;
  std::string error;   // why it could not be shown
  std::string notice;  // what the last action did, or that someone else changed the request
  bool notice_is_warning = false;  // someone else's change: a warning, not a success
  ActionDraft action;
};

// The newest notifications and how many are unread (SPEC 5), shown on the home screen.
struct Notifications {
  Loading status = Loading::not_loaded;
  std::vector<api::NotificationItem> items;
  std::int64_t unread_count = 0;
};

// The catalogue screen: the search as typed, the query last asked, and its answer. Every
// search gets a number; an answer to an older one than the latest is dropped, so a slow reply
// never replaces a newer one.
struct CatalogList {
  Loading status = Loading::not_loaded;
  std::string typed;  // the search field
  api::CatalogQuery query;
  std::vector<api::CatalogItem> items;
  std::int64_t total = 0;
  unsigned asked = 0;   // the number of the latest search sent
  unsigned typing = 0;  // counts edits of the search field; a pause ends at the latest one
};

struct CatalogEntryPage {
  Loading status = Loading::not_loaded;
  std::int64_t id = 0;
  api::CatalogEntry entry;
  std::string error;  // why it could not be shown
};

// The approved entries offered under the request form's resource name while it is typed.
struct CatalogSuggestions {
  std::string typed;   // the name the latest search was scheduled for
  std::string answer;  // the name `items` answer
  std::vector<api::CatalogItem> items;
  unsigned typing = 0;
};

struct App {
  Lang lang = Lang::sv;  // Swedish by default (SPEC 7)
  Screen screen = Screen::sign_in;
  SignInForm sign_in;
  std::optional<api::User> user;
  Units units;
  RequestFormState form;
  RequestList my_requests;  // home: the requests this user submitted
  RequestList awaiting_me;  // home, for a principal: their units' requests awaiting approval
  Notifications notifications;
  RequestList queue;    // the review queue
  RequestPage request;  // the request on screen (Screen::request)
  Registers registers;  // agreements, changes, statistics (registers_state.cpp)
  CatalogList catalog;  // the catalogue screen
  CatalogEntryPage catalog_entry;
  CatalogSuggestions suggestions;  // under the request form's resource name
  Files files;                     // uploads, and the lists actions choose from (files_state.h)
  RegisterEdits edits;             // the registers' editors (register_edits.h)
  // Approved entries, kept for suggestions while offline (the service worker keeps the answer).
  std::vector<api::CatalogItem> catalog_snapshot;
  Drafts drafts;  // drafts on this device and the queue (SPEC 6)
  SessionPrompts prompts;
  std::string notice;               // a confirmation on the home screen (a case number), or empty
  bool menu_open = false;           // the navigation menu of a narrow window
  bool text_settings_open = false;  // the typeface and spacing dialog
  bool screen_changed = false;      // the screen's scroll goes back to the top
};

App& app();

// Intents.
void submit_sign_in(App& state);
// Signs out, asking first whether to keep this device's drafts when there are any.
void sign_out(App& state);
void toggle_language(App& state);
// Asks the server whether the session cookie still signs someone in.
void restore_session(App& state);
void open_screen(App& state, Screen screen);
// Records that the draft changed: the core checks it again before the next frame's findings.
void draft_changed(App& state);
// Checks the draft now if it changed since the last check.
void check_draft_if_due(App& state);
// Sends the draft (POST /api/v1/requests); on 201 the home screen shows the case number.
void submit_request(App& state);

// Lists and a request's page (requests_state.cpp).
void load_my_requests(App& state);
void load_awaiting_me(App& state);
void load_queue(App& state);
// Appends the list's next page ("show more").
void load_next_page(App& state, RequestList& list);
void load_notifications(App& state);
// Marks the notification read and opens its request.
void open_notification(App& state, std::int64_t id);
void open_request(App& state, std::int64_t id);
void choose_action(App& state, std::string action);
void send_chosen_action(App& state);

// Completing a returned request (completion_state.cpp): the request on its page opens on the
// form; sending saves the edit (PUT) and resubmits it; cancelling goes back to its page.
void start_completion(App& state);
void submit_completion(App& state);
void cancel_completion(App& state);

// The registers' screens and the home screen's typical wait (registers_state.cpp).
void load_agreements(App& state);
void toggle_agreement(App& state, std::int64_t id);  // shows or hides its details
void load_changes(App& state);
void load_stats(App& state);

// The catalogue (catalog_state.cpp).
void load_catalog(App& state);
// The search field changed: the catalogue is asked once the user pauses.
void catalog_search_typed(App& state);
// A filter or the search changed now: the list starts again from its first page.
void search_catalog_now(App& state);
void load_more_catalog(App& state);
void open_catalog_entry(App& state, std::int64_t id);
// The request form's resource name changed: approved entries are looked up after a pause.
void resource_name_typed(App& state);
// Makes the draft a usage registration of this entry (SPEC 2.2's catalog_id).
void use_catalog_entry(App& state, const api::CatalogItem& item);

// Drafts on this device (drafts_state.cpp). Every edit is saved within a second.
void load_drafts(App& state);
void new_draft(App& state);  // "Ny beställning": a new draft on the form
void open_draft(App& state, const std::string& id);
void delete_draft(App& state, const std::string& id);
void save_draft_now(App& state);
void export_draft(App& state);  // the draft on the form, as a JSON file
void import_draft(App& state);  // a JSON file chosen by the user, as a new draft
// Stored so that the app opens to the home screen without a network (queue_state.cpp).
void remember_user(const api::User& user);
void restore_remembered_user(App& state, std::function<void(std::optional<api::User>)> done);
void forget_user();

// The queue (queue_state.cpp): queued drafts are sent, each with its own Idempotency-Key, when
// the network returns, at start and after signing in; a draft is deleted only after the 201.
void send_queue(App& state);
void submit_sign_in_again(App& state);  // the sign-in dialog over the current screen
// Signs out now; with prompts.remove_drafts, this device's drafts are removed first.
void finish_sign_out(App& state);
void load_catalog_snapshot(App& state);

// Draws the whole window for the current screen.
void draw_app(App& state);

}  // namespace anskaffa::web
