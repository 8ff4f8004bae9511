// Completing a request DI returned (SPEC 4's resubmit): the request's own fields on the form,
// edited there, then saved on the server (PUT) and sent back to review in one go. The request
// lives on the server, so nothing of it is kept as a draft on this device.
#include <nlohmann/json.hpp>

#include "shared/texts.h"
#include "web/app.h"

namespace anskaffa::web {
namespace {

std::string failure_text(Lang lang, const api::RequestViewResult& result) {
  std::string reason = result.status == 0        ? std::string(text(lang, "request.offline"))
                       : !result.message.empty() ? result.message
                                                 : "HTTP " + std::to_string(result.status);
  return format_text(lang, "completion.failed", {{"reason", reason}});
}

void show_failure(App& state, Lang lang, const api::RequestViewResult& result) {
  Submission& submission = state.form.submission;
  submission.pending = false;
  submission.error = failure_text(lang, result);
  submission.server_findings = result.findings;
}

// Back on the request's page, which the completion was started from.
void back_to_request(App& state) {
  state.form = RequestFormState{};
  state.menu_open = false;
  state.screen = Screen::request;
  state.screen_changed = true;
}

}  // namespace

void start_completion(App& state) {
  const RequestPage& page = state.request;
  if (page.status != Loading::loaded) return;
  if (state.drafts.save_scheduled) save_draft_now(state);
  // The request's fields, each put where the form wants it (typed as text or chosen).
  auto draft = Draft::from_json({{"idempotency_key", "completion"},
                                 {"typed", nlohmann::json::object()},
                                 {"chosen", page.view.request}});
  if (!draft) return;
  RequestFormState form;
  form.draft = std::move(*draft);
  form.started = true;
  // Every step was filled in once: whatever is missing now is shown at once.
  form.left.fill(true);
  form.completion = {page.view.id, page.view.version, page.view.case_number};
  state.form = std::move(form);
  state.drafts.current.clear();
  state.drafts.saved_at = 0;
  state.menu_open = false;
  state.screen = Screen::request_form;
  state.screen_changed = true;
}

void cancel_completion(App& state) { back_to_request(state); }

void submit_completion(App& state) {
  RequestFormState& form = state.form;
  check_draft_if_due(state);
  if (!form.completing() || form.submission.pending || has_errors(form.check.findings)) return;
  form.submission = Submission{.pending = true};
  const Lang lang = state.lang;
  const std::int64_t id = form.completion.request_id;
  const auto still_here = [&state, id] {
    return state.screen == Screen::request_form && state.form.completion.request_id == id;
  };
  api::save_request_edit(
      id, form.completion.version, form.draft.body(), lang,
      [&state, id, lang, still_here](const api::RequestViewResult& saved) {
        if (!still_here()) return;  // the user has left the form
        if (saved.status != 200) {
          show_failure(state, lang, saved);
          return;
        }
        // Saved: a second try continues from the saved version.
        state.form.completion.version = saved.view.version;
        const nlohmann::json body = {{"action", "resubmit"}, {"version", saved.view.version}};
        api::send_action(id, body, lang,
                         [&state, lang, still_here](const api::RequestViewResult& sent) {
                           if (!still_here()) return;
                           if (sent.status != 200) {
                             show_failure(state, lang, sent);
                             return;
                           }
                           RequestPage& page = state.request;
                           page.id = sent.view.id;
                           page.view = sent.view;
                           page.status = Loading::loaded;
                           page.error.clear();
                           page.action = ActionDraft{};
                           page.notice = std::string(text(lang, "completion.sent"));
                           back_to_request(state);
                         });
      });
}

}  // namespace anskaffa::web
