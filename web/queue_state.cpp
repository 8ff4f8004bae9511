// Submission and the queue (SPEC 6). A submitted draft is marked queued and saved before
// anything is sent, so that neither a closed browser nor a lost answer loses it; the queue is
// sent when the network returns, at start and after signing in, each draft with its own
// Idempotency-Key, so a retry after a lost answer returns the first answer instead of making
// a second request. A draft is deleted only after the server's 201.
//
// Also here: the session questions asked over the current screen (signing in again after a
// session expired, keeping or removing this device's drafts at sign-out), the user remembered
// for opening offline, and the catalogue snapshot for suggestions offline.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "shared/texts.h"
#include "web/api/json_fields.h"
#include "web/api/requests.h"
#include "web/app.h"
#include "web/platform/platform.h"
#include "web/platform/storage.h"
#include "web/session_watch.h"

namespace anskaffa::web {
namespace {

constexpr const char* kUserKey = "session.user";
constexpr double kFirstRetry = 2000;  // milliseconds; doubled on each answerless attempt
constexpr double kLastRetry = 60000;

DraftRecord* queued_record(App& state, const std::string& id) {
  for (DraftRecord& record : state.drafts.list)
    if (record.id == id) return &record;
  return nullptr;
}

void schedule_retry(App& state) {
  Drafts& drafts = state.drafts;
  if (drafts.retry_scheduled) return;
  drafts.retry_delay = std::clamp(drafts.retry_delay * 2, kFirstRetry, kLastRetry);
  drafts.retry_scheduled = true;
  wake_after(drafts.retry_delay, [&state] {
    state.drafts.retry_scheduled = false;
    send_queue(state);
  });
}

void show_home_notice(App& state, std::string notice) {
  state.notice = std::move(notice);
  state.my_requests.status = Loading::not_loaded;
  if (state.screen == Screen::home) return;
  state.screen = Screen::home;
  state.screen_changed = true;
}

// The server refused the draft (422 and the like): it returns to the form with the reasons.
void return_to_form(App& state, const std::string& id, const api::SubmitResult& result) {
  DraftRecord* record = queued_record(state, id);
  if (!record) return;
  record->queued = false;
  if (state.drafts.current != id) open_draft(state, id);
  if (state.drafts.current != id) return;
  save_draft_now(state);
  const Lang lang = state.lang;
  Submission& submission = state.form.submission;
  std::string message =
      result.message.empty() ? "HTTP " + std::to_string(result.status) : result.message;
  submission.error = format_text(lang, "form.submit_failed", {{"message", message}});
  submission.server_findings = result.findings;
  go_to_step(state.form, kSummaryStep);
  open_screen(state, Screen::request_form);
}

void answered(App& state, const std::string& id, const api::SubmitResult& result) {
  Drafts& drafts = state.drafts;
  drafts.sending.erase(id);
  const bool on_form = drafts.current == id;
  if (on_form) state.form.submission.pending = false;
  const Lang lang = state.lang;
  if (result.status == 201 || (result.status == 200 && !result.case_number.empty())) {
    // The server has it now: only now is the draft removed from this device.
    delete_draft(state, id);
    drafts.retry_delay = 0;
    if (on_form || state.screen == Screen::home) {
      show_home_notice(state,
                       format_text(lang, "home.submitted", {{"case_number", result.case_number}}));
    } else {
      state.my_requests.status = Loading::not_loaded;
    }
  } else if (result.status == 0) {
    // No answer: the request may or may not have arrived. The same key makes a retry safe.
    schedule_retry(state);
    if (on_form) {
      state.form = RequestFormState{};
      drafts.current.clear();
      drafts.saved_at = 0;
      show_home_notice(state, std::string(text(lang, "queue.waiting")));
    }
  } else if (result.status == 401) {
    state.prompts.sign_in_again = true;  // the queue is sent again after signing in
  } else {
    return_to_form(state, id, result);
  }
}

void send_one(App& state, const DraftRecord& record) {
  const std::string id = record.id;
  state.drafts.sending.insert(id);
  api::submit_request(
      record.draft.body(), record.draft.idempotency_key(), state.lang,
      [&state, id](const api::SubmitResult& result) { answered(state, id, result); });
}

}  // namespace

void send_queue(App& state) {
  if (!state.user || state.prompts.sign_in_again || !state.drafts.loaded) return;
  std::vector<const DraftRecord*> due;
  for (const DraftRecord& record : state.drafts.list) {
    if (record.queued && belongs_to(record, state.user->id) &&
        !state.drafts.sending.contains(record.id)) {
      due.push_back(&record);
    }
  }
  for (const DraftRecord* record : due) send_one(state, *record);
}

void submit_request(App& state) {
  RequestFormState& form = state.form;
  check_draft_if_due(state);
  if (form.submission.pending || has_errors(form.check.findings)) return;
  form.submission = Submission{.pending = true};
  // Queued and stored first: from here the draft is sent until the server has answered.
  save_draft_now(state);
  DraftRecord* record = queued_record(state, state.drafts.current);
  if (!record) return;
  record->queued = true;
  save_draft_now(state);
  if (!is_online()) {
    state.form = RequestFormState{};
    state.drafts.current.clear();
    state.drafts.saved_at = 0;
    show_home_notice(state, std::string(text(state.lang, "queue.waiting")));
    // Tried again later too: the browser's "online" event never comes when it thought it
    // was online all along and only the server was out of reach.
    schedule_retry(state);
    return;
  }
  state.drafts.retry_delay = 0;
  send_one(state, *record);
}

void remember_user(const api::User& user) {
  const nlohmann::json saved = {{"id", user.id},
                                {"email", user.email},
                                {"name", user.name},
                                {"roles", user.roles},
                                {"units", user.units}};
  storage_put(kUserKey, saved.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void submit_sign_in_again(App& state) {
  if (state.sign_in.pending) return;
  state.sign_in.pending = true;
  state.sign_in.error.clear();
  const Lang lang = state.lang;
  api::sign_in(state.sign_in.email, state.sign_in.password, lang,
               [&state, lang](const api::SessionResult& result) {
                 SignInForm& form = state.sign_in;
                 form.pending = false;
                 if (!result.signed_in) {
                   form.error = result.status == 0 ? std::string(text(lang, "signin.network_error"))
                                : result.message.empty() ? std::string(text(lang, "signin.failed"))
                                                         : result.message;
                   return;
                 }
                 form.password.clear();
                 watch_session(state, result.idle_seconds);
                 const bool same = state.user && state.user->id == result.user.id;
                 state.prompts.sign_in_again = false;
                 // Someone else signing in here gets neither the last user's screen nor
                 // their draft (it stays stored, theirs).
                 if (!same) {
                   if (state.drafts.save_scheduled) save_draft_now(state);
                   state.form = RequestFormState{};
                   state.drafts.current.clear();
                   state.drafts.saved_at = 0;
                 }
                 state.user = result.user;
                 remember_user(result.user);
                 open_screen(state, same ? state.screen : Screen::home);
                 send_queue(state);
               });
}

void forget_user() { storage_delete(kUserKey); }

void restore_remembered_user(App&, std::function<void(std::optional<api::User>)> done) {
  storage_read(kUserKey, [done = std::move(done)](bool, const StorageRecords& records) {
    const auto found = records.find(kUserKey);
    if (found == records.end()) return done(std::nullopt);
    const nlohmann::json saved = nlohmann::json::parse(found->second, nullptr, false);
    if (!saved.is_object()) return done(std::nullopt);
    api::User user;
    user.id = api::integer_at(saved, "id");
    user.email = api::string_at(saved, "email");
    user.name = api::string_at(saved, "name");
    if (auto roles = saved.find("roles"); roles != saved.end() && roles->is_array())
      for (const auto& role : *roles)
        if (role.is_string()) user.roles.push_back(role.get<std::string>());
    if (auto units = saved.find("units"); units != saved.end() && units->is_array())
      for (const auto& unit : *units)
        if (unit.is_number_integer()) user.units.push_back(unit.get<std::int64_t>());
    if (user.id == 0) return done(std::nullopt);
    done(std::move(user));
  });
}

void load_catalog_snapshot(App& state) {
  // Network first through the service worker, which keeps the answer for offline use.
  // Approved with conditions is offered too: the whole catalogue, filtered where it is used.
  api::CatalogQuery query{.per_page = 200};
  api::fetch_catalog(query, state.lang, [&state](const api::CatalogListResult& result) {
    if (result.status == 200) state.catalog_snapshot = result.items;
  });
}

}  // namespace anskaffa::web
