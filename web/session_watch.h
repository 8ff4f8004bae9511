// The warning before a session ends (WCAG 2.2.1, Timing Adjustable). The server ends a session
// after a time without a request (it says how long when the user signs in); shortly before
// that, the app asks whether to continue, and continuing renews the session with a request.
// One timer at a time, set for the moment the warning is due, so an idle app still draws
// nothing in between. A warning due while requests are on their way waits for their answers,
// which may move the end.
#pragma once

#include <cstdint>

#include "web/app.h"

namespace anskaffa::web {

// Starts watching the session just begun or found: `idle_seconds` as the server said (0: it
// did not, and nothing is watched).
void watch_session(App& state, std::int64_t idle_seconds);

// Whether the warning is due now, and when (now_ms()) the session ends without a request.
bool session_ending();
double session_end_ms();

// The warning's answer: a request that renews the session, or, if it has already ended,
// the sign-in-again dialog.
void continue_session(App& state);

}  // namespace anskaffa::web
