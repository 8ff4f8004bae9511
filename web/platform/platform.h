// The app's own browser platform layer for Dear ImGui. Emscripten 3.1.6's GLFW emulation drops
// characters outside keypress, has no clipboard, listens on the whole window, gets the wheel
// wrong and ignores devicePixelRatio (docs: TOOLCHAIN.md), so, like Tracy's web backend, the
// app feeds ImGui from the browser's own events (emscripten/html5.h) and draws in physical
// pixels. One file per concern:
//   canvas.cpp      WebGL2 context, canvas size x devicePixelRatio, cursor shape
//   input.cpp       mouse, touch, wheel, keys, focus       (keymap.cpp: DOM key -> ImGuiKey)
//   text_input.cpp  hidden <textarea>: typed, composed (IME, dead keys) and phone-keyboard text
//   clipboard.cpp   copy/cut/paste through the browser's clipboard events
//   file_picker.cpp a file from the browser's file chooser or dropped on the canvas, as bytes
//   download.cpp    a same-origin URL saved as a file
//   fetch.cpp       HTTP through the browser's fetch(), with a callback
//   online.cpp      navigator.onLine and its changes
//   contrast.cpp    the system's wish for more contrast, and the page's look
//   clock.cpp       the local calendar date (the core has no clock)
//   random.cpp      random UUIDs from the browser's crypto
//   redraw.cpp      idle = no drawing: a few frames after each event, then none
//   timer.cpp       a callback after a pause (search as you type), then a redraw
// All of its state is this one struct.
#pragma once

#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>  // ImRect

#include <functional>
#include <string>

namespace anskaffa::web {

// A file the user chose: its name as the browser gives it, and its bytes.
using FileCallback = std::function<void(std::string name, std::string bytes)>;

// How the text field being edited wants the phone keyboard to look.
enum class TextHint { text, email, password, number, url };

// magnifier.cpp: the view a two-finger pinch gives, in layout (CSS) pixels.
struct Magnifier {
  float zoom = 1;            // 1: the whole layout fills the canvas
  ImVec2 origin = {0, 0};    // the layout point at the canvas's top-left corner
  bool pinching = false;     // two fingers are on the canvas
  float start_distance = 1;  // between the fingers when the pinch began, in CSS pixels
  float start_zoom = 1;
  ImVec2 anchor = {0, 0};  // the layout point under the fingers when the pinch began
  float raster_scale = 0;  // what text was last rasterised at; kept while pinching
  ImVec2 followed_caret = {-1, -1};
  ImGuiID followed_nav = 0;
};

struct Platform {
  // canvas.cpp
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  double css_width = 0;  // the canvas's CSS size: ImGui's io.DisplaySize
  double css_height = 0;
  double dpr = 1;  // devicePixelRatio: ImGui's io.DisplayFramebufferScale
  int framebuffer_width = 0;
  int framebuffer_height = 0;
  ImGuiMouseCursor cursor = ImGuiMouseCursor_Arrow;  // as last set on the canvas

  // input.cpp
  bool mouse_down[3] = {};  // as sent to ImGui, so a lost mouseup can be repaired
  int touch_id = -1;        // the touch that drives the pointer, -1 when none

  bool pointer_held_back = false;  // two fingers touched; no pointer until every finger is up
  Magnifier magnifier;

  // text_input.cpp
  bool text_focused = false;  // the textarea holds the keyboard focus
  bool text_wanted = false;   // ImGui has a text field active (io.WantTextInput)
  TextHint text_hint = TextHint::text;
  TextHint text_hint_applied = TextHint::text;
  ImVec2 caret_pos = {0, 0};  // where the IME's candidate window should appear
  float caret_height = 0;

  // clipboard.cpp
  std::string clipboard;            // what ImGui copied last, or what the browser pasted last
  bool in_clipboard_event = false;  // inside a copy/cut handler: the event carries the text

  // file_picker.cpp
  FileCallback file_chosen;        // for the file chooser opened last
  FileCallback file_dropped;       // for a file dropped on the canvas, while a screen wants one
  unsigned drop_wanted_frame = 0;  // the frame that last asked for dropped files, plus one

  // redraw.cpp
  std::function<bool()> frame;  // the app's frame: NewFrame .. Render; false when it drew nothing
  int frames_left = 0;
  bool frame_scheduled = false;
  bool in_frame = false;
  unsigned frame_count = 0;  // frames drawn since start; tests watch it to check idle
  double last_frame_time = 0;
};

Platform& platform();

// Starts the platform layer on the canvas with the given id (without '#'); false when the
// browser has no WebGL2. The frame function is called whenever a redraw is due.
bool platform_init(const char* canvas_id, std::function<bool()> frame);

// Before ImGui::NewFrame: display size, time step, framebuffer scale.
void platform_new_frame();
// After rendering: cursor shape, textarea focus and position.
void platform_end_frame();

// --- redraw.cpp ---
// Asks for at least `frames` more frames; events call it, so an idle app draws nothing.
inline constexpr int kFramesAfterEvent = 4;
void request_redraw(int frames = kFramesAfterEvent);
// Draws one frame now, inside the current browser event (clipboard events need the text
// before their handler returns; a phone keyboard opens only when focus moves during a tap).
void draw_frame_now();

// --- timer.cpp ---
// Calls `callback` once after `milliseconds`, then draws frames for what it changed.
void wake_after(double milliseconds, std::function<void()> callback);
// The same without the frames: for a fallback that most often finds nothing left to do, and
// asks for a redraw itself when it does something (an idle app must stay idle).
void call_after(double milliseconds, std::function<void()> callback);

// --- canvas.cpp ---
bool canvas_init(Platform& p, const char* selector);
// Reads the canvas's CSS size and the device pixel ratio, resizing the backing store to match.
// True when the device pixel ratio differs from the one passed (fonts must be rebuilt).
void canvas_update_size(Platform& p);
void canvas_set_cursor(Platform& p, ImGuiMouseCursor cursor);
void canvas_focus();
// Hides the loading text and tells the page (boot.js) that the first frame is on screen.
void canvas_first_frame_drawn();
// Replaces the loading text with a message, for a browser the app cannot run in.
void canvas_show_failure(const char* message);

// --- input.cpp ---
void input_init(Platform& p, const char* canvas_selector, const char* text_selector);
// Sends the modifier state of a DOM event to ImGui.
void input_update_modifiers(bool ctrl, bool shift, bool alt, bool meta);

// --- magnifier.cpp ---
// Where a point on the canvas (CSS pixels from its top-left corner) is in the layout, and back.
ImVec2 screen_to_layout(const Platform& p, double x, double y);
ImVec2 layout_to_screen(const Platform& p, ImVec2 point);
// The part of the layout the canvas shows.
ImRect magnified_view(const Platform& p);
// Two fingers, at these canvas points, begin, move and end a pinch.
void pinch_begin(Platform& p, ImVec2 a, ImVec2 b);
void pinch_move(Platform& p, ImVec2 a, ImVec2 b);
void pinch_end(Platform& p);
// Device pixels per CSS pixel to rasterise text at: devicePixelRatio times the zoom.
float text_raster_scale(const Platform& p);
// Before rendering: draws the view, not the whole layout, onto the canvas.
void magnify_draw_data(const Platform& p, ImDrawData* draw_data);
// After each frame: keeps the view on the layout and on the keyboard's focus.
void magnifier_after_frame(Platform& p);

// --- keymap.cpp ---
// The ImGuiKey for a DOM KeyboardEvent's key and code, or ImGuiKey_None.
ImGuiKey key_from_dom(const char* key, const char* code);

// --- text_input.cpp ---
inline constexpr const char* kTextAreaId = "anskaffa-text";
void text_input_init(Platform& p);
void text_input_after_frame(Platform& p);
// Called by a text field while it is being edited, each frame.
void text_input_hint(TextHint hint);

// --- clipboard.cpp ---
void clipboard_init(Platform& p);

// --- file_picker.cpp ---
void file_picker_init(const char* canvas_selector);
// Opens the browser's file chooser for the media type `accept`; `chosen` gets the file, later.
// Call it while a click is handled (a button's press): browsers open a chooser only then.
void pick_file(const char* accept, FileCallback chosen);
// A screen that takes a dropped file calls this in each frame while it does.
void accept_dropped_file(FileCallback dropped);

// --- download.cpp ---
// Saves what a same-origin URL answers as a file; the session cookie goes along.
void download_url(const std::string& url);

// --- online.cpp ---
void online_init();
// navigator.onLine, and the last request to the server had an answer.
bool is_online();
// Every answer (or its absence) from fetch.cpp.
void set_server_reachable(bool reachable);
// Called when the browser says the network has returned (the queue is sent then).
void on_online_again(std::function<void()> handler);

// --- contrast.cpp ---
// The system asks for more contrast (prefers-contrast: more, or forced colours).
bool system_wants_more_contrast();
// Called whenever that wish changes; a redraw follows.
void on_system_contrast_changed(std::function<void()> handler);
// The page around the canvas (app.css) in the high-contrast look, or the standard one.
void set_page_high_contrast(bool high);

// --- clock.cpp ---
// Today in the browser's time zone, as "YYYY-MM-DD".
std::string local_today();
// A time the server gave in UTC ("2026-05-28T10:15:00Z") in the browser's time zone, as
// "2026-05-28 12:15"; the text itself when it is not a time.
std::string local_time(const std::string& iso_utc);
// The browser's clock, in milliseconds since 1970 (when a draft was saved).
double now_ms();
// A moment of now_ms() in the browser's time zone: "14:32", and "2026-05-28 14:32".
std::string local_hour_minute(double epoch_ms);
std::string local_time(double epoch_ms);

// --- random.cpp ---
// A fresh version 4 UUID.
std::string random_uuid();

}  // namespace anskaffa::web
