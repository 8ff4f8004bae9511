// Mouse, touch, wheel, keys and focus for the ImGui platform layer, from emscripten/html5.h
// callbacks on the canvas (and on the hidden textarea, which has the keyboard while a text
// field is edited). Nothing listens on the whole window, so other elements keep their keys.
// Implemented:
//   - mouse position and buttons (ImGui 1.90's AddMousePosEvent / AddMouseButtonEvent), a
//     release outside the canvas repaired from the next event's `buttons`;
//   - touch as a pointer (ImGuiMouseSource_TouchScreen), one finger, no hover left behind;
//   - two fingers pinch and pan the magnifier (magnifier.cpp), the page's pinch zoom;
//   - the wheel in ImGui's units and sign (a notch, 100 CSS px in Chrome, is one unit),
//     except with Ctrl, the browser's zoom;
//   - keys as ImGuiKey plus modifiers, with Cmd as the shortcut key on Apple systems;
//   - focus in and out of the app (canvas or textarea) as io.AddFocusEvent.
// Not implemented:
//   - gamepads; pen pressure; double-tap zoom.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui_internal.h>

#include <cfloat>
#include <cstring>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

const char* g_canvas = "";
const char* g_text = "";

int imgui_button(unsigned short dom_button) {
  switch (dom_button) {
    case 0:
      return ImGuiMouseButton_Left;
    case 1:
      return ImGuiMouseButton_Middle;
    case 2:
      return ImGuiMouseButton_Right;
    default:
      return -1;
  }
}

void send_button(int button, bool down) {
  Platform& p = platform();
  if (button < 0 || button > 2 || p.mouse_down[button] == down) return;
  p.mouse_down[button] = down;
  ImGui::GetIO().AddMouseButtonEvent(button, down);
}

// A button released outside the window sends no mouseup to the canvas; the next event's
// `buttons` mask (1 left, 2 right, 4 middle) tells the truth.
void repair_buttons(unsigned short buttons) {
  const int masks[3] = {1, 2, 4};  // indexed by ImGuiMouseButton
  for (int button = 0; button < 3; ++button)
    if (platform().mouse_down[button] && !(buttons & masks[button])) send_button(button, false);
}

// A press where the pointer has just arrived (a click without a hover before it, as a test
// driver or a tap gives) first gets a frame of its own: ImGui hovers an item that allows
// overlap (a table's headers and rows) only from the frame after the pointer reached it, and
// would let the press fall through.
void pointer_arrives(ImVec2 at) {
  ImGuiIO& io = ImGui::GetIO();
  if (io.MousePos.x == at.x && io.MousePos.y == at.y && GImGui->InputEventsQueue.empty()) return;
  io.AddMousePosEvent(at.x, at.y);
  draw_frame_now();
}

// Where an event's point on the canvas is in the layout ImGui lays out (they differ while the
// magnifier enlarges the page).
ImVec2 layout_point(long x, long y) { return screen_to_layout(platform(), x, y); }

void send_pointer(ImVec2 at) { ImGui::GetIO().AddMousePosEvent(at.x, at.y); }

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
  ImGuiIO& io = ImGui::GetIO();
  input_update_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  switch (type) {
    case EMSCRIPTEN_EVENT_MOUSELEAVE:
      io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      break;
    case EMSCRIPTEN_EVENT_MOUSEDOWN:
      pointer_arrives(layout_point(e->targetX, e->targetY));
      send_button(imgui_button(e->button), true);
      break;
    case EMSCRIPTEN_EVENT_MOUSEUP:
      send_pointer(layout_point(e->targetX, e->targetY));
      send_button(imgui_button(e->button), false);
      // A button acts on release; the browser opens a file chooser only for a click() made
      // while handling the user's own event, so ImGui sees the whole click now.
      for (int i = 0; i < 4 && !GImGui->InputEventsQueue.empty(); ++i) draw_frame_now();
      break;
    default:  // move, enter
      repair_buttons(e->buttons);
      send_pointer(layout_point(e->targetX, e->targetY));
      break;
  }
  request_redraw();
  // Not cancelled: the default action of mousedown is what gives the canvas the focus.
  return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  // DOM deltas are positive down/right; ImGui's wheel is positive up/left. deltaMode says what
  // a delta counts: pixels (0; Chrome gives 100 per notch), lines (1; Firefox, 3 per notch),
  // or pages (2).
  double scale = 1.0 / 100.0;
  if (e->deltaMode == DOM_DELTA_LINE) scale = 1.0 / 3.0;
  if (e->deltaMode == DOM_DELTA_PAGE) scale = 1.0;
  // Ctrl + wheel (and a touchpad's pinch, which browsers send as one) is the browser's zoom,
  // not the app's: it changes devicePixelRatio, and the app redraws and reflows at it.
  if (e->mouse.ctrlKey) return EM_FALSE;
  ImGuiIO& io = ImGui::GetIO();
  input_update_modifiers(e->mouse.ctrlKey, e->mouse.shiftKey, e->mouse.altKey, e->mouse.metaKey);
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale),
                        static_cast<float>(-e->deltaY * scale));
  request_redraw();
  return EM_TRUE;  // the page under the app must not scroll
}

const EmscriptenTouchPoint* changed_touch(const EmscriptenTouchEvent* e, long identifier) {
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& t = e->touches[i];
    if (t.isChanged && (identifier < 0 || t.identifier == identifier)) return &t;
  }
  return nullptr;
}

// Two fingers pinch and pan the magnifier. A tap the first finger began is let go where
// nothing is, so it clicks nothing; no finger drives the pointer again until all are up.
// True when the event belonged to the gesture.
bool take_pinch(int type, const EmscriptenTouchEvent* e) {
  Platform& p = platform();
  const bool ending = type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL;
  ImVec2 down[2];
  int count = 0;
  for (int i = 0; i < e->numTouches; ++i) {
    const EmscriptenTouchPoint& t = e->touches[i];
    if (ending && t.isChanged) continue;  // lifted by this event
    if (count < 2)
      down[count] = ImVec2(static_cast<float>(t.targetX), static_cast<float>(t.targetY));
    ++count;
  }
  if (!p.pointer_held_back) {
    if (type != EMSCRIPTEN_EVENT_TOUCHSTART || count < 2) return false;
    p.pointer_held_back = true;
    if (p.touch_id >= 0) {
      p.touch_id = -1;
      ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
      send_button(ImGuiMouseButton_Left, false);
    }
  }
  if (count >= 2 && !p.magnifier.pinching) {
    pinch_begin(p, down[0], down[1]);
  } else if (count >= 2) {
    pinch_move(p, down[0], down[1]);
  } else {
    pinch_end(p);
  }
  if (count == 0) p.pointer_held_back = false;
  request_redraw();
  return true;
}

EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
  Platform& p = platform();
  ImGuiIO& io = ImGui::GetIO();
  if (take_pinch(type, e)) return EM_TRUE;
  const EmscriptenTouchPoint* t = changed_touch(e, p.touch_id);
  if (!t) return EM_TRUE;
  const ImVec2 at = layout_point(t->targetX, t->targetY);
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  send_pointer(at);
  if (type == EMSCRIPTEN_EVENT_TOUCHSTART) {
    if (p.touch_id >= 0) return EM_TRUE;  // a second finger: ignored
    p.touch_id = t->identifier;
    // Cancelling the touch also cancels the focus a tap would give the canvas; while a text
    // field has it, it stays there, or the phone keyboard would close and reopen.
    if (!p.text_focused) canvas_focus();
    pointer_arrives(at);
    send_button(ImGuiMouseButton_Left, true);
  } else if (type == EMSCRIPTEN_EVENT_TOUCHEND || type == EMSCRIPTEN_EVENT_TOUCHCANCEL) {
    p.touch_id = -1;
    send_button(ImGuiMouseButton_Left, false);
    // A phone opens its keyboard only for a focus() made while handling the tap, so ImGui
    // sees the whole tap now, and text_input_after_frame() focuses the textarea in time.
    for (int i = 0; i < 4 && !GImGui->InputEventsQueue.empty(); ++i) draw_frame_now();
    io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);  // a finger leaves no hover behind
  }
  request_redraw();
  return EM_TRUE;  // no emulated mouse events, no page panning under the app
}

bool is_shortcut_modifier(const EmscriptenKeyboardEvent* e) {
  // AltGr arrives as Ctrl+Alt on Windows: it types characters, it is not a shortcut.
  return (e->ctrlKey || e->metaKey) && !e->altKey;
}

// Copy, cut and paste are left to the browser, so that its clipboard events fire with the
// text in hand; clipboard.cpp turns them into ImGui's own shortcuts.
bool is_clipboard_shortcut(const EmscriptenKeyboardEvent* e, ImGuiKey key) {
  if (is_shortcut_modifier(e) && (key == ImGuiKey_C || key == ImGuiKey_X || key == ImGuiKey_V))
    return true;
  if (key == ImGuiKey_Insert && (e->ctrlKey || e->shiftKey)) return true;
  return key == ImGuiKey_Delete && e->shiftKey;
}

// Keys that would also act on the page or the textarea and that ImGui handles itself.
bool is_app_key(ImGuiKey key) {
  switch (key) {
    case ImGuiKey_Tab:
    case ImGuiKey_Enter:
    case ImGuiKey_KeypadEnter:
    case ImGuiKey_Escape:
    case ImGuiKey_Backspace:
    case ImGuiKey_Delete:
    case ImGuiKey_LeftArrow:
    case ImGuiKey_RightArrow:
    case ImGuiKey_UpArrow:
    case ImGuiKey_DownArrow:
    case ImGuiKey_Home:
    case ImGuiKey_End:
    case ImGuiKey_PageUp:
    case ImGuiKey_PageDown:
      return true;
    default:
      return false;
  }
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void* on_textarea) {
  // keyCode 229 is a key the IME is composing with; the composition events carry its text.
  if (e->keyCode == 229 || std::strcmp(e->key, "Process") == 0 || std::strcmp(e->key, "Dead") == 0)
    return EM_FALSE;
  bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  input_update_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
  ImGuiKey key = key_from_dom(e->key, e->code);
  request_redraw();
  if (key == ImGuiKey_None || is_clipboard_shortcut(e, key)) return EM_FALSE;
  // The browser's auto-repeat is not passed on: ImGui repeats held keys itself, and
  // redraw.cpp keeps drawing while a key is held.
  if (!(down && e->repeat)) ImGui::GetIO().AddKeyEvent(key, down);
  if (is_app_key(key)) return EM_TRUE;
  if (key == ImGuiKey_Space) return on_textarea ? EM_FALSE : EM_TRUE;  // a space is text there
  if (on_textarea && is_shortcut_modifier(e)) {
    // Select all, undo and redo are ImGui's; the textarea's own would replay old input.
    return key == ImGuiKey_A || key == ImGuiKey_Z || key == ImGuiKey_Y;
  }
  return EM_FALSE;  // characters reach the textarea; browser shortcuts keep working
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
  // Moving the focus between canvas and textarea sends a blur and a focus before the next
  // frame; ImGui keeps the last, so the app only loses focus when it really does.
  ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
  request_redraw();
  return EM_FALSE;
}

// clang-format off
EM_JS(void, js_prevent_context_menu, (const char* selector), {
  const canvas = document.querySelector(UTF8ToString(selector));
  if (canvas) canvas.addEventListener("contextmenu", (event) => event.preventDefault());
});
// clang-format on

}  // namespace

void input_update_modifiers(bool ctrl, bool shift, bool alt, bool meta) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
  io.AddKeyEvent(ImGuiMod_Shift, shift);
  io.AddKeyEvent(ImGuiMod_Alt, alt);
  io.AddKeyEvent(ImGuiMod_Super, meta);
}

void input_init(Platform&, const char* canvas_selector, const char* text_selector) {
  static std::string canvas;
  static std::string text;
  canvas = canvas_selector;
  text = text_selector;
  g_canvas = canvas.c_str();
  g_text = text.c_str();

  emscripten_set_mousedown_callback(g_canvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseup_callback(g_canvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mousemove_callback(g_canvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseenter_callback(g_canvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_mouseleave_callback(g_canvas, nullptr, EM_FALSE, on_mouse);
  emscripten_set_wheel_callback(g_canvas, nullptr, EM_FALSE, on_wheel);
  emscripten_set_touchstart_callback(g_canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchmove_callback(g_canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchend_callback(g_canvas, nullptr, EM_FALSE, on_touch);
  emscripten_set_touchcancel_callback(g_canvas, nullptr, EM_FALSE, on_touch);

  static int textarea_marker = 0;
  for (const char* target : {g_canvas, g_text}) {
    void* on_textarea = target == g_text ? &textarea_marker : nullptr;
    emscripten_set_keydown_callback(target, on_textarea, EM_FALSE, on_key);
    emscripten_set_keyup_callback(target, on_textarea, EM_FALSE, on_key);
    emscripten_set_focus_callback(target, nullptr, EM_FALSE, on_focus);
    emscripten_set_blur_callback(target, nullptr, EM_FALSE, on_focus);
  }
  js_prevent_context_menu(g_canvas);
}

}  // namespace anskaffa::web
