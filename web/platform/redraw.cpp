// Redraw scheduling: an idle app draws nothing (SPEC 7: "no redraw while nothing changes").
// As in Tracy's web backend, every event asks for a few frames through requestAnimationFrame,
// enough for ImGui to settle hover, activation and layout; drawing goes on only while ImGui
// still has queued input (it spreads a fast key or click over frames) or a key or mouse button
// is held (ImGui's own key repeat and drag scrolling need time to pass).
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui_internal.h>

#include <algorithm>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

bool input_in_progress() {
  ImGuiContext& g = *GImGui;
  if (!g.InputEventsQueue.empty()) return true;
  for (bool down : platform().mouse_down)
    if (down) return true;
  for (int key = ImGuiKey_NamedKey_BEGIN; key < ImGuiKey_NamedKey_END; ++key)
    if (ImGui::IsKeyDown(static_cast<ImGuiKey>(key))) return true;
  return false;
}

void schedule();

EM_BOOL on_animation_frame(double, void*) {
  Platform& p = platform();
  p.frame_scheduled = false;
  draw_frame_now();
  if (p.frames_left > 0) p.frames_left--;
  if (p.frames_left == 0 && input_in_progress()) p.frames_left = 1;
  if (p.frames_left > 0) schedule();
  return EM_FALSE;
}

void schedule() {
  Platform& p = platform();
  if (p.frame_scheduled) return;
  p.frame_scheduled = true;
  emscripten_request_animation_frame(on_animation_frame, nullptr);
}

}  // namespace

void request_redraw(int frames) {
  Platform& p = platform();
  p.frames_left = std::max(p.frames_left, frames);
  schedule();
}

void draw_frame_now() {
  Platform& p = platform();
  if (p.in_frame || !p.frame) return;  // a focus change inside a frame must not nest one
  p.in_frame = true;
  if (p.frame()) p.frame_count++;
  p.in_frame = false;
}

extern "C" EMSCRIPTEN_KEEPALIVE unsigned anskaffa_frame_count() { return platform().frame_count; }

}  // namespace anskaffa::web
