// fetch() for the app, with a callback. Implemented: any method, a JSON or binary body (bytes
// as they are, e.g. a PDF), Accept-Language
// and further headers, same-origin credentials; caching is left to the server's headers (API
// answers say no-store, the font may come from the HTTP cache or index.html's preload). Not
// implemented: timeouts and aborting (a request that never answers leaves its callback pending),
// streaming.
#include "web/platform/fetch.h"

#include <emscripten.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <utility>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

struct Pending {
  HttpCallback callback;
  bool session_endpoint = false;  // its 401 is an answer, not an expired session
  bool api = false;               // an API request, which renews the session
  double sent_ms = 0;
};

double g_last_session_request_ms = 0;

std::map<int, Pending>& pending() {
  static std::map<int, Pending> callbacks;
  return callbacks;
}

std::function<void()>& unauthenticated() {
  static std::function<void()> handler;
  return handler;
}

std::function<void()>& answered() {
  static std::function<void()> handler;
  return handler;
}

// clang-format off
EM_JS(void, js_fetch, (int id, const char* method, const char* url, const char* body,
                       int body_size, const char* content_type, const char* accept_language,
                       const char* extra_headers), {
  const headers = JSON.parse(UTF8ToString(extra_headers));
  const language = UTF8ToString(accept_language);
  if (language) headers["Accept-Language"] = language;
  const init = {method: UTF8ToString(method), headers: headers, credentials: "same-origin"};
  if (body_size > 0) {
    headers["Content-Type"] = UTF8ToString(content_type) || "application/json";
    init.body = HEAPU8.slice(body, body + body_size);
  }
  const deliver = (status, bytes) => {
    const size = bytes ? bytes.length : 0;
    const pointer = _malloc(size + 1);
    if (size) HEAPU8.set(bytes, pointer);  // HEAPU8 read after malloc: memory may have grown
    _anskaffa_fetch_done(id, status, pointer, size);
    _free(pointer);
  };
  fetch(UTF8ToString(url), init)
      .then((response) => response.arrayBuffer().then(
          (buffer) => deliver(response.status, new Uint8Array(buffer))))
      .catch(() => deliver(0, null));
});
// clang-format on

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_fetch_done(int id, int status, const char* data,
                                                         int size) {
  auto found = pending().find(id);
  if (found == pending().end()) return;
  Pending call = std::move(found->second);
  pending().erase(found);
  HttpResponse response{status, std::string(data, static_cast<std::size_t>(size))};
  set_server_reachable(status != 0);
  if (call.api && status != 0 && status != 401) {
    g_last_session_request_ms = std::max(g_last_session_request_ms, call.sent_ms);
  }
  if (status == 401 && !call.session_endpoint && unauthenticated()) unauthenticated()();
  call.callback(response);
  if (call.api && answered()) answered()();
  request_redraw();
}

void http_fetch(const HttpRequest& request, HttpCallback callback) {
  static int next_id = 1;
  int id = next_id++;
  pending()[id] = Pending{std::move(callback), request.url.starts_with("/api/v1/session"),
                          request.url.starts_with("/api/"), now_ms()};
  nlohmann::json headers = nlohmann::json::object();
  for (const auto& [name, value] : request.headers) headers[name] = value;
  const std::string headers_text =
      headers.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  js_fetch(id, request.method.c_str(), request.url.c_str(), request.body.data(),
           static_cast<int>(request.body.size()), request.content_type.c_str(),
           request.accept_language.c_str(), headers_text.c_str());
}

void on_unauthenticated(std::function<void()> handler) { unauthenticated() = std::move(handler); }

double last_session_request_ms() { return g_last_session_request_ms; }

int api_requests_in_flight() {
  return static_cast<int>(std::count_if(pending().begin(), pending().end(),
                                        [](const auto& entry) { return entry.second.api; }));
}

void after_api_answer(std::function<void()> handler) { answered() = std::move(handler); }

}  // namespace anskaffa::web
