// HTTP from the app through the browser's fetch(): same-origin credentials (the session cookie
// is HttpOnly, so the app never sees it), and a callback with the status and body.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace anskaffa::web {

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  std::string body;             // sent when not empty, as content_type
  std::string content_type;     // "" for application/json; "application/pdf" for an upload
  std::string accept_language;  // the server's messages follow it (SPEC 8)
  // Further headers, e.g. Idempotency-Key on a submission (SPEC 8).
  std::vector<std::pair<std::string, std::string>> headers;
};

struct HttpResponse {
  int status = 0;  // 0: no answer at all (offline, refused, aborted)
  std::string body;
};

using HttpCallback = std::function<void(const HttpResponse&)>;

// Starts the request; the callback runs later, from the browser's event loop, and a redraw
// follows it.
void http_fetch(const HttpRequest& request, HttpCallback callback);

// Called before the callback of any API answer 401 other than the session's own endpoint: the
// session has expired, and the app asks the user to sign in again where they are (SPEC 6).
void on_unauthenticated(std::function<void()> handler);

// When (now_ms()) the last API request was sent that the server answered with the session
// still alive: any answer but 401 or none. Every such request renews the session; 0 before one.
double last_session_request_ms();

// How many API requests are on their way: sent, and neither answered nor failed.
int api_requests_in_flight();

// Called after each API request ends (answered or failed), after the request's own callback;
// a new handler replaces the last.
void after_api_answer(std::function<void()> handler);

}  // namespace anskaffa::web
