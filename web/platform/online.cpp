// Whether the app is online: the browser believes so (navigator.onLine) and the server answered
// the last request. A redraw follows each change of navigator.onLine, so the app's online
// indicator and the probe's `online` follow it. navigator.onLine false is reliable; true only
// means a network is attached, not that the server answers, hence the second condition.
#include <emscripten.h>

#include <functional>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(void, js_listen_online, (), {
  window.addEventListener("online", () => _anskaffa_online_changed());
  window.addEventListener("offline", () => _anskaffa_online_changed());
});

EM_JS(int, js_is_online, (), { return navigator.onLine ? 1 : 0; });
// clang-format on

// navigator.onLine stays true on a network that does not reach the server (a captive portal,
// a server that is down): the last request's fate says more.
bool& server_reachable() {
  static bool reachable = true;
  return reachable;
}

std::function<void()>& online_again() {
  static std::function<void()> handler;
  return handler;
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_online_changed() {
  if (js_is_online()) {
    server_reachable() = true;  // until a request says otherwise
    if (online_again()) online_again()();
  }
  request_redraw();
}

void online_init() { js_listen_online(); }

void on_online_again(std::function<void()> handler) { online_again() = std::move(handler); }

bool is_online() { return js_is_online() != 0 && server_reachable(); }

void set_server_reachable(bool reachable) { server_reachable() = reachable; }

}  // namespace anskaffa::web
