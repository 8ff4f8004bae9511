// The mirror's requests (see mirror_input.h), exported to mirror.js. Each is kept until the
// widget it is meant for is drawn, and a frame is asked for so that it is.
#include "web/a11y/mirror_input.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <deque>
#include <map>

#include "web/platform/platform.h"
#include "web/ui/probe.h"

namespace anskaffa::web::a11y {
namespace {

std::map<std::string, std::string, std::less<>> g_typed;
std::map<std::string, FieldExit, std::less<>> g_exits;
std::map<std::string, std::string, std::less<>> g_chosen;
// An activation waits for its item to have the focus and be in view: see before_frame.
struct Activation {
  std::string id;
  int frames_waited = 0;
};
// How many frames an activation waits for its item before it is acted on (or, for an item
// no longer drawn, dropped): enough for a scroll and a list that loads again.
constexpr int kFramesToWait = 6;
std::deque<Activation> g_activations;

template <typename Value>
std::optional<Value> take(std::map<std::string, Value, std::less<>>& pending, std::string_view id) {
  auto found = pending.find(id);
  if (found == pending.end()) return std::nullopt;
  Value value = std::move(found->second);
  pending.erase(found);
  return value;
}

}  // namespace

std::optional<std::string> take_typed_text(std::string_view id) { return take(g_typed, id); }

FieldExit take_field_exit(std::string_view id) {
  return take(g_exits, id).value_or(FieldExit::none);
}

std::optional<std::string> take_chosen_option(std::string_view id) { return take(g_chosen, id); }

void before_frame() {
  while (!g_activations.empty()) {
    Activation& next = g_activations.front();
    const ImGuiID item = probe::shown_imgui_id(next.id);
    const bool waited_enough = next.frames_waited >= kFramesToWait;
    if (item == 0 && waited_enough) {  // gone for good
      g_activations.pop_front();
      continue;
    }
    // ImGui skips an item outside the visible area, and an activation with it. A screen reader
    // activates a row below the fold as readily as one in view, often in the same frame as it
    // moves the focus there, and what loads above it may push it down meanwhile. So the item
    // is focused and scrolled into view, and activated once a frame has shown it focused and
    // in view. A list loading again may leave it out for a frame or two: it is waited for.
    const bool ready = item != 0 && GImGui->NavId == item && probe::shown_in_view(next.id);
    if (!ready && !waited_enough) {
      ++next.frames_waited;
      if (item != 0) probe::focus_when_drawn(item);
      request_redraw();
      return;
    }
    g_activations.pop_front();
    ImGui::ActivateItemByID(item);
    if (!g_activations.empty()) request_redraw();
    return;
  }
}

extern "C" {

EMSCRIPTEN_KEEPALIVE void anskaffa_a11y_activate(const char* id) {
  g_activations.push_back({.id = id});
  request_redraw();
}

EMSCRIPTEN_KEEPALIVE void anskaffa_a11y_type(const char* id, const char* text) {
  g_typed[id] = text;
  request_redraw();
}

EMSCRIPTEN_KEEPALIVE void anskaffa_a11y_leave(const char* id, int submitted) {
  g_exits[id] = submitted ? FieldExit::submitted : FieldExit::left;
  request_redraw();
}

EMSCRIPTEN_KEEPALIVE void anskaffa_a11y_choose(const char* id, const char* option_id) {
  g_chosen[id] = option_id;
  request_redraw();
}

EMSCRIPTEN_KEEPALIVE void anskaffa_a11y_focus(const char* id) {
  const ImGuiID item = probe::shown_imgui_id(id);
  if (item == 0) return;
  // A field the mouse left open for editing would take the keyboard back from the mirror.
  ImGuiContext& g = *GImGui;
  if (g.ActiveId != 0 && g.ActiveId != item) ImGui::ClearActiveID();
  probe::focus_when_drawn(item);
  request_redraw();
}

}  // extern "C"

}  // namespace anskaffa::web::a11y
