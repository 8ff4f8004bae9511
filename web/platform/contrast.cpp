// The system's wish for more contrast: `prefers-contrast: more` (macOS, iOS and Windows'
// "increase contrast", Chromium's emulation) or forced colours (Windows' contrast themes),
// read from the browser and followed as it changes. The canvas cannot be restyled by the
// system, so the app switches its own palette; the page around it follows a class on <html>.
#include <emscripten.h>

#include <functional>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(int, js_wants_more_contrast, (), {
  return window.matchMedia("(prefers-contrast: more)").matches ||
      window.matchMedia("(forced-colors: active)").matches ? 1 : 0;
});

EM_JS(void, js_listen_contrast, (), {
  for (const query of ["(prefers-contrast: more)", "(forced-colors: active)"]) {
    window.matchMedia(query).addEventListener("change", () => _anskaffa_contrast_changed());
  }
});

EM_JS(void, js_set_page_high_contrast, (int high), {
  const root = document.documentElement.classList;
  root.toggle("high-contrast", high !== 0);
  root.toggle("standard-contrast", high === 0);
});
// clang-format on

std::function<void()>& contrast_changed() {
  static std::function<void()> handler;
  return handler;
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_contrast_changed() {
  if (contrast_changed()) contrast_changed()();
  request_redraw();
}

bool system_wants_more_contrast() { return js_wants_more_contrast() != 0; }

void on_system_contrast_changed(std::function<void()> handler) {
  const bool first = !contrast_changed();
  contrast_changed() = std::move(handler);
  if (first) js_listen_contrast();
}

void set_page_high_contrast(bool high) { js_set_page_high_contrast(high ? 1 : 0); }

}  // namespace anskaffa::web
