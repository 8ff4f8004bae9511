// The platform layer's entry points: start-up, and the work around each frame.
#include "web/platform/platform.h"

#include <emscripten.h>

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(int, js_is_apple, (), {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? 1 : 0;
});
// clang-format on

}  // namespace

Platform& platform() {
  static Platform state;
  return state;
}

bool platform_init(const char* canvas_id, std::function<bool()> frame) {
  Platform& p = platform();
  p.frame = std::move(frame);
  std::string selector = std::string("#") + canvas_id;
  if (!canvas_init(p, selector.c_str())) return false;

  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "anskaffa_web";
  io.BackendPlatformUserData = &p;
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.IniFilename = nullptr;  // nothing of the layout is worth keeping between visits
  // The caret does not blink: a blinking caret would mean drawing forever while a field is
  // active, and an idle tab should cost nothing (SPEC 7).
  io.ConfigInputTextCursorBlink = false;
  io.ConfigMacOSXBehaviors = js_is_apple() != 0;  // Cmd, not Ctrl, for shortcuts

  text_input_init(p);
  std::string text_selector = std::string("#") + kTextAreaId;
  input_init(p, selector.c_str(), text_selector.c_str());
  clipboard_init(p);
  file_picker_init(selector.c_str());
  online_init();
  p.last_frame_time = emscripten_get_now();
  return true;
}

void platform_new_frame() {
  Platform& p = platform();
  canvas_update_size(p);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(p.css_width), static_cast<float>(p.css_height));
  io.DisplayFramebufferScale = ImVec2(static_cast<float>(p.dpr), static_cast<float>(p.dpr));
  // Real elapsed time, even after a long idle pause, so double-click timing stays honest.
  double now = emscripten_get_now();
  io.DeltaTime = static_cast<float>((now - p.last_frame_time) / 1000.0);
  if (io.DeltaTime <= 0) io.DeltaTime = 1.0f / 1000.0f;
  p.last_frame_time = now;
}

void platform_end_frame() {
  Platform& p = platform();
  canvas_set_cursor(p, ImGui::GetMouseCursor());
  magnifier_after_frame(p);
  text_input_after_frame(p);
}

}  // namespace anskaffa::web
