// Canvas and WebGL2 for the ImGui platform layer.
// Implemented:
//   - a WebGL2 context made through emscripten_webgl_create_context on the app's canvas;
//   - the backing store sized to the canvas's CSS size x devicePixelRatio, following window
//     resizes and DPR changes (zoom, moving to another screen) through matchMedia;
//   - ImGui's mouse cursor as the canvas's CSS cursor.
// Not implemented:
//   - a lost WebGL context (webglcontextlost) is not restored: the page must be reloaded;
//   - OffscreenCanvas and rendering in a worker.
#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

const char* g_selector = "";

// A DPR change fires no resize event when only the zoom's resolution changes, so a media query
// for the current resolution is watched, and re-armed for the new one each time it fires.
// clang-format off
EM_JS(void, js_watch_device_pixel_ratio, (), {
  const watch = () => {
    const query = matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`);
    query.addEventListener("change", () => {
      _anskaffa_canvas_changed();
      watch();
    }, {once: true});
  };
  watch();
});

EM_JS(void, js_set_cursor, (const char* selector, const char* cursor), {
  const canvas = document.querySelector(UTF8ToString(selector));
  if (canvas) canvas.style.cursor = UTF8ToString(cursor);
});

EM_JS(void, js_focus, (const char* selector), {
  const canvas = document.querySelector(UTF8ToString(selector));
  if (canvas && document.activeElement !== canvas) canvas.focus({preventScroll: true});
});

EM_JS(void, js_first_frame_drawn, (), {
  if (Module.onFirstFrame) Module.onFirstFrame();
});

EM_JS(void, js_show_failure, (const char* message), {
  if (Module.onFailure) Module.onFailure(UTF8ToString(message));
});
// clang-format on

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
  request_redraw();
  return EM_FALSE;
}

const char* css_cursor(ImGuiMouseCursor cursor) {
  switch (cursor) {
    case ImGuiMouseCursor_None:
      return "none";
    case ImGuiMouseCursor_TextInput:
      return "text";
    case ImGuiMouseCursor_ResizeAll:
      return "move";
    case ImGuiMouseCursor_ResizeNS:
      return "ns-resize";
    case ImGuiMouseCursor_ResizeEW:
      return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW:
      return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE:
      return "nwse-resize";
    case ImGuiMouseCursor_Hand:
      return "pointer";
    case ImGuiMouseCursor_NotAllowed:
      return "not-allowed";
    default:
      return "default";
  }
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_canvas_changed() { request_redraw(); }

bool canvas_init(Platform& p, const char* selector) {
  static std::string stored;
  stored = selector;
  g_selector = stored.c_str();

  EmscriptenWebGLContextAttributes attributes;
  emscripten_webgl_init_context_attributes(&attributes);
  attributes.majorVersion = 2;
  attributes.minorVersion = 0;
  attributes.alpha = EM_FALSE;  // opaque: the app paints its whole background
  attributes.depth = EM_FALSE;
  attributes.stencil = EM_FALSE;
  attributes.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes
  p.gl = emscripten_webgl_create_context(g_selector, &attributes);
  if (p.gl <= 0) return false;
  emscripten_webgl_make_context_current(p.gl);

  emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_resize);
  js_watch_device_pixel_ratio();
  canvas_update_size(p);
  return true;
}

void canvas_update_size(Platform& p) {
  double width = 0;
  double height = 0;
  emscripten_get_element_css_size(g_selector, &width, &height);
  double dpr = emscripten_get_device_pixel_ratio();
  if (dpr <= 0) dpr = 1;
  p.css_width = width;
  p.css_height = height;
  p.dpr = dpr;
  // Rounded, as the browser maps CSS pixels to device pixels; a truncated size would be
  // stretched by a fraction of a pixel and blur every glyph.
  int fb_width = static_cast<int>(std::lround(width * dpr));
  int fb_height = static_cast<int>(std::lround(height * dpr));
  if (fb_width != p.framebuffer_width || fb_height != p.framebuffer_height) {
    emscripten_set_canvas_element_size(g_selector, fb_width, fb_height);
    p.framebuffer_width = fb_width;
    p.framebuffer_height = fb_height;
  }
}

void canvas_set_cursor(Platform& p, ImGuiMouseCursor cursor) {
  if (cursor == p.cursor) return;
  p.cursor = cursor;
  js_set_cursor(g_selector, css_cursor(cursor));
}

void canvas_focus() { js_focus(g_selector); }

void canvas_first_frame_drawn() { js_first_frame_drawn(); }

void canvas_show_failure(const char* message) { js_show_failure(message); }

}  // namespace anskaffa::web
