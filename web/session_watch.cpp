// The session's end, watched (see session_watch.h).
#include "web/session_watch.h"

#include <algorithm>

#include "web/api/session.h"
#include "web/platform/fetch.h"
#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// Ten minutes' warning, or half the session for a short one (a test's).
constexpr double kWarningMs = 10 * 60 * 1000;
// The timer fires a moment late rather than early, so that the moment has surely come.
constexpr double kSlackMs = 250;

struct Watch {
  double idle_ms = 0;  // 0: not watching
  int generation = 0;  // a new session's timer replaces the last one's
  int timer = 0;       // only the latest timer acts: a check sets the next one itself
  bool warning = false;
  bool waiting_for_answer = false;  // the warning is due, but a request may still renew
  double ends_ms = 0;
};

Watch& watch() {
  static Watch w;
  return w;
}

double ends_at() { return last_session_request_ms() + watch().idle_ms; }
double warning_at() { return ends_at() - std::min(kWarningMs, watch().idle_ms / 2); }

bool still_signed_in(const App& state) {
  return state.user.has_value() && state.screen != Screen::sign_in && !state.prompts.sign_in_again;
}

void ended(App& state) {
  Watch& w = watch();
  w.warning = false;
  w.idle_ms = 0;
  // As after any request refused for an expired session: sign in again over this screen.
  if (state.user && !state.prompts.sign_in_again) state.sign_in.email = state.user->email;
  state.prompts.sign_in_again = true;
}

void check(App& state, int generation);

void wake_at(App& state, double at) {
  const int generation = watch().generation;
  const int timer = ++watch().timer;
  wake_after(std::max(0.0, at - now_ms()) + kSlackMs, [&state, generation, timer] {
    if (timer == watch().timer) check(state, generation);
  });
}

// Any request in between renews the session: the timer is then set again for the new end.
void check(App& state, int generation) {
  Watch& w = watch();
  if (generation != w.generation || w.idle_ms <= 0) return;
  if (!still_signed_in(state)) {
    w.warning = false;
    w.idle_ms = 0;
    return;
  }
  const double now = now_ms();
  w.waiting_for_answer = false;
  if (now >= ends_at()) {
    ended(state);
  } else if (now >= warning_at() && !w.warning && api_requests_in_flight() > 0 &&
             now < (warning_at() + ends_at()) / 2) {
    // A request on its way renews the session when its answer comes: the warning waits for
    // that answer (after_api_answer checks again), but not past half its time before the end.
    w.waiting_for_answer = true;
    wake_at(state, (warning_at() + ends_at()) / 2);
  } else if (now >= warning_at()) {
    w.warning = true;
    w.ends_ms = ends_at();
    wake_at(state, ends_at());
  } else {
    w.warning = false;
    wake_at(state, warning_at());
  }
}

}  // namespace

void watch_session(App& state, std::int64_t idle_seconds) {
  Watch& w = watch();
  ++w.generation;
  w.warning = false;
  w.idle_ms = static_cast<double>(std::max<std::int64_t>(idle_seconds, 0)) * 1000;
  if (w.idle_ms > 0) wake_at(state, warning_at());
  // An answer that moved the end takes back a warning already shown, or one being held.
  after_api_answer([&state] {
    if (watch().warning || watch().waiting_for_answer) check(state, watch().generation);
  });
}

bool session_ending() { return watch().warning; }
double session_end_ms() { return watch().ends_ms; }

void continue_session(App& state) {
  const int generation = watch().generation;
  api::current_session(state.lang, [&state, generation](const api::SessionResult& result) {
    if (generation != watch().generation) return;
    if (result.signed_in) {
      watch_session(state, result.idle_seconds);
    } else if (result.status == 401) {
      ended(state);
    }
    // No answer (offline): the warning stays, and its button can be pressed again.
  });
}

}  // namespace anskaffa::web
