// The clipboard for the ImGui platform layer, through the browser's own clipboard events: they
// fire for Ctrl/Cmd+C, X and V and for the browser's menus, and carry the text synchronously,
// with no permission prompt (navigator.clipboard.readText would ask on every paste).
// Implemented:
//   - copy and cut: ImGui is given its own copy/cut shortcut and a frame is drawn inside the
//     event, so the selection ImGui hands to SetClipboardTextFn goes into the event's data;
//   - paste: the event's text becomes what GetClipboardTextFn returns, then ImGui is given its
//     paste shortcut and a frame, so pasting works as ImGui's own (selection, undo, filters);
//   - a copy the app starts itself (not from a key) goes to navigator.clipboard.writeText.
// Not implemented:
//   - formats other than text/plain.
#include <emscripten.h>
#include <imgui_internal.h>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(void, js_listen_clipboard, (const char* text_id), {
  const area = document.getElementById(UTF8ToString(text_id));
  if (!area) return;
  const onCopy = (event, cut) => {
    const pointer = _anskaffa_clipboard_copy(cut ? 1 : 0);
    if (!pointer) return;  // nothing ImGui would copy: left to the browser
    event.clipboardData.setData("text/plain", UTF8ToString(pointer));
    event.preventDefault();
  };
  area.addEventListener("copy", (event) => onCopy(event, false));
  area.addEventListener("cut", (event) => onCopy(event, true));
  area.addEventListener("paste", (event) => {
    event.preventDefault();  // the textarea must not receive it as input too
    const text = event.clipboardData ? event.clipboardData.getData("text/plain") : "";
    if (!text) return;
    const size = lengthBytesUTF8(text) + 1;
    const pointer = _malloc(size);
    stringToUTF8(text, pointer, size);
    _anskaffa_clipboard_paste(pointer);
    _free(pointer);
  });
});

EM_JS(void, js_write_clipboard, (const char* text), {
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(UTF8ToString(text)).catch(() => {});
  }
});
// clang-format on

void set_clipboard_text(void*, const char* text) {
  Platform& p = platform();
  p.clipboard = text ? text : "";
  if (!p.in_clipboard_event) js_write_clipboard(p.clipboard.c_str());
}

const char* get_clipboard_text(void*) { return platform().clipboard.c_str(); }

// Presses the shortcut key (Ctrl, or Cmd on Apple systems) with `key` and draws a frame, so
// that ImGui acts on it within the current browser event.
void press_shortcut(ImGuiKey key) {
  ImGuiIO& io = ImGui::GetIO();
  // Earlier queued input first, so the shortcut lands in a frame of its own.
  for (int i = 0; i < 8 && !GImGui->InputEventsQueue.empty(); ++i) draw_frame_now();
  ImGuiKey modifier = io.ConfigMacOSXBehaviors ? ImGuiMod_Super : ImGuiMod_Ctrl;
  bool held = ImGui::IsKeyDown(modifier);
  bool shift = ImGui::IsKeyDown(ImGuiMod_Shift);
  bool alt = ImGui::IsKeyDown(ImGuiMod_Alt);
  // Exactly the shortcut modifier: Shift+Insert or a menu's paste arrive with other states.
  if (shift) io.AddKeyEvent(ImGuiMod_Shift, false);
  if (alt) io.AddKeyEvent(ImGuiMod_Alt, false);
  if (!held) io.AddKeyEvent(modifier, true);
  io.AddKeyEvent(key, true);
  draw_frame_now();
  io.AddKeyEvent(key, false);
  if (!held) io.AddKeyEvent(modifier, false);
  if (shift) io.AddKeyEvent(ImGuiMod_Shift, true);
  if (alt) io.AddKeyEvent(ImGuiMod_Alt, true);
  request_redraw();
}

}  // namespace

// Returns the text ImGui copied, or null when it copied nothing.
extern "C" EMSCRIPTEN_KEEPALIVE const char* anskaffa_clipboard_copy(int cut) {
  Platform& p = platform();
  static std::string copied;
  std::string before = p.clipboard;
  p.clipboard.clear();
  p.in_clipboard_event = true;
  press_shortcut(cut ? ImGuiKey_X : ImGuiKey_C);
  p.in_clipboard_event = false;
  if (p.clipboard.empty()) {
    p.clipboard = before;
    return nullptr;
  }
  copied = p.clipboard;
  return copied.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_clipboard_paste(const char* utf8) {
  platform().clipboard = utf8;
  press_shortcut(ImGuiKey_V);
}

void clipboard_init(Platform&) {
  ImGuiIO& io = ImGui::GetIO();
  io.SetClipboardTextFn = set_clipboard_text;
  io.GetClipboardTextFn = get_clipboard_text;
  js_listen_clipboard(kTextAreaId);
}

}  // namespace anskaffa::web
