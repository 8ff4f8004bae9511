// Whether the browser believes it is online (navigator.onLine), and a redraw when that
// changes, so the app's online indicator and the probe's `online` follow it. navigator.onLine
// false is reliable; true only means a network is attached, not that the server answers.
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

std::function<void()>& online_again() {
  static std::function<void()> handler;
  return handler;
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_online_changed() {
  if (js_is_online() && online_again()) online_again()();
  request_redraw();
}

void online_init() { js_listen_online(); }

void on_online_again(std::function<void()> handler) { online_again() = std::move(handler); }

bool is_online() { return js_is_online() != 0; }

}  // namespace anskaffa::web
