// The probe's registry (see probe.h) and the exported function boot.js calls.
#include "web/ui/probe.h"

#include <emscripten.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <unordered_map>
#include <utility>

#include "web/fonts.h"
#include "web/platform/platform.h"
#include "web/theme.h"

namespace anskaffa::web::probe {
namespace {

struct Item {
  ImRect rect;
  ImRect clip;
  std::string label;
};

struct Entry {
  Tag tag;
  ImGuiID imgui_id = 0;  // 0: an item without an id (text); its rect was taken when tagged
  ImRect rect;
  ImRect clip;
  Region region = Region::main;
};

struct Frame {
  std::string screen = "sign_in";
  Lang lang = Lang::sv;
  std::vector<Entry> entries;
  std::unordered_map<ImGuiID, Item> items;
  std::string focus;  // id of the tagged widget holding the keyboard, or empty
};

Frame g_building;
Frame g_shown;  // the last frame drawn: what the probe reports
ImGuiID g_focus_request = 0;
std::optional<Region> g_region;  // begin_region's, while it lasts

// The top bar and the navigation rail are child windows of their own (app.cpp); a modal
// popup is a dialog. A child window's name begins with its parent's, so the names tell.
Region region_of(const ImGuiWindow* window) {
  for (const ImGuiWindow* w = window; w; w = w->ParentWindow) {
    if (w->Flags & ImGuiWindowFlags_Modal) return Region::dialog;
  }
  if (g_region) return *g_region;
  if (!window) return Region::main;
  const std::string_view name = window->Name;
  if (name.find("###top_bar") != std::string_view::npos) return Region::banner;
  if (name.find("###nav_rail") != std::string_view::npos) return Region::navigation;
  return Region::main;
}

void take_focus_request(const Entry& entry) {
  if (g_focus_request == 0 || entry.imgui_id != g_focus_request) return;
  ImGuiContext& g = *GImGui;
  ImGuiWindow* window = g.CurrentWindow;
  ImGui::SetFocusID(entry.imgui_id, window);
  // The ring shows, as after Tab, and the mouse does not take it back while it rests.
  g.NavDisableHighlight = false;
  g.NavDisableMouseHover = true;
  ImGui::ScrollToRectEx(window, entry.rect, ImGuiScrollFlags_KeepVisibleEdgeY);
  g_focus_request = 0;
  request_redraw();  // the ring and the scroll show on the next frame
}
double round2(float value) { return std::round(static_cast<double>(value) * 100.0) / 100.0; }

// What of the item is visible: inside its clip rectangle and the page. Empty when nothing is.
ImRect visible_part(const ImRect& rect, const ImRect& clip) {
  ImRect visible = rect;
  visible.ClipWithFull(clip);
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  visible.ClipWithFull(ImRect(0, 0, display.x, display.y));
  return visible;
}

// Structure for the mirror: never a widget of the probe.
bool mirror_only(const Tag& tag) {
  return tag.kind == Kind::table || tag.kind == Kind::tablist || tag.kind == Kind::tabpanel ||
         tag.kind == Kind::panel_end || tag.kind == Kind::silence || tag.kind == Kind::table_row;
}

std::string strip_imgui_id(const char* label) {
  std::string_view text = label ? label : "";
  return std::string(text.substr(0, text.find("##")));
}

}  // namespace

std::string_view kind_key(Kind kind) {
  switch (kind) {
    case Kind::input:
      return "input";
    case Kind::button:
      return "button";
    case Kind::checkbox:
      return "checkbox";
    case Kind::radio:
      return "radio";
    case Kind::combo:
      return "combo";
    case Kind::group:
      return "group";
    case Kind::text:
      return "text";
    case Kind::row:
      return "row";
    case Kind::tab:
      return "tab";
    case Kind::link:
      return "link";
    case Kind::table:
      return "table";
    case Kind::tablist:
      return "tablist";
    case Kind::tabpanel:
      return "tabpanel";
    case Kind::panel_end:
      return "panel_end";
    case Kind::silence:
      return "silence";
    case Kind::table_row:
      return "table_row";
  }
  return "text";
}

void begin_frame(std::string_view screen, Lang lang) {
  g_building.screen = std::string(screen);
  g_building.lang = lang;
  g_building.entries.clear();
  g_building.items.clear();
  g_building.focus.clear();
  g_region.reset();
}

void tag_last_item(Tag tag) {
  ImGuiContext& g = *GImGui;
  Entry entry;
  entry.imgui_id = g.LastItemData.ID;
  entry.rect = g.LastItemData.Rect;
  entry.clip = g.CurrentWindow ? g.CurrentWindow->ClipRect : entry.rect;
  entry.region = region_of(g.CurrentWindow);
  take_focus_request(entry);
  // The widget with the keyboard: the one being edited, or else the one the keyboard's
  // focus ring is on (Tab, arrows), while that ring is shown.
  if (entry.imgui_id != 0) {
    if (entry.imgui_id == g.ActiveId) {
      g_building.focus = tag.id;
    } else if (g.ActiveId == 0 && entry.imgui_id == g.NavId && !g.NavDisableHighlight) {
      g_building.focus = tag.id;
    }
  }
  entry.tag = std::move(tag);
  g_building.entries.push_back(std::move(entry));
}

void update_tag(std::string_view id, nlohmann::json value, std::vector<std::string> findings) {
  for (auto it = g_building.entries.rbegin(); it != g_building.entries.rend(); ++it) {
    if (it->tag.id != id) continue;
    it->tag.value = std::move(value);
    it->tag.has_value = true;
    it->tag.findings = std::move(findings);
    it->tag.has_findings = true;
    return;
  }
}

void tag_rect(Tag tag, const ImRect& rect) {
  ImGuiContext& g = *GImGui;
  Entry entry;
  entry.rect = rect;
  entry.clip = g.CurrentWindow ? g.CurrentWindow->ClipRect : rect;
  entry.region = region_of(g.CurrentWindow);
  entry.tag = std::move(tag);
  g_building.entries.push_back(std::move(entry));
}

namespace {

// The widget `id` tagged last in the frame being built, or nullptr.
Tag* building_tag(std::string_view id) {
  for (auto it = g_building.entries.rbegin(); it != g_building.entries.rend(); ++it) {
    if (it->tag.id == id) return &it->tag;
  }
  return nullptr;
}

}  // namespace

void mark_cancel(std::string_view id) {
  if (Tag* tag = building_tag(id)) tag->cancels = true;
}

void mark_pressed(std::string_view id, bool pressed) {
  if (Tag* tag = building_tag(id)) tag->pressed = pressed;
}

void mark_expanded(std::string_view id, bool expanded) {
  if (Tag* tag = building_tag(id)) tag->expanded = expanded;
}

void mark_lang(std::string_view id, Lang lang) {
  if (Tag* tag = building_tag(id)) tag->lang = std::string(lang_code(lang));
}

void begin_region(Region region) { g_region = region; }
void end_region() { g_region.reset(); }

void mark_status(std::string_view id, std::string_view key, std::string said) {
  Tag* tag = building_tag(id);
  if (!tag) return;
  tag->status = std::string(key);
  tag->said = std::move(said);
}

void mark_status_silent(std::string_view key) {
  mark_structure(
      {.id = std::string(key) + ".silent", .kind = Kind::silence, .status = std::string(key)});
}

void mark_structure(Tag tag) {
  ImGuiContext& g = *GImGui;
  Entry entry;
  entry.region = region_of(g.CurrentWindow);
  entry.tag = std::move(tag);
  g_building.entries.push_back(std::move(entry));
}

void end_frame() {
  // The hooks' rectangles win for items with an id: they are what ImGui hit-tests.
  for (Entry& entry : g_building.entries) {
    if (entry.imgui_id == 0) continue;
    auto found = g_building.items.find(entry.imgui_id);
    if (found == g_building.items.end()) continue;
    entry.rect = found->second.rect;
    entry.clip = found->second.clip;
    if (entry.tag.label.empty()) entry.tag.label = found->second.label;
  }
  std::swap(g_shown, g_building);
}

namespace {

// Beyond SPEC 7, for the zoom and reflow tests (WCAG 1.4.4, 1.4.10): the page's CSS size and
// devicePixelRatio, the height of a line of body text in CSS and device pixels, how far any window
// scrolls sideways and which, and every widget (also those scrolled out of view, which the widgets
// above leave out) whose unclipped rectangle reaches past the page's right edge.
nlohmann::json layout_json() {
  const ImGuiIO& io = ImGui::GetIO();
  const ImFont* font = io.FontDefault ? io.FontDefault : ImGui::GetFont();
  const ImRect view = magnified_view(platform());
  float scroll_x = 0;
  nlohmann::json sideways = nlohmann::json::array();
  for (const ImGuiWindow* window : GImGui->Windows) {
    if (!window->Active || window->ScrollMax.x <= 0) continue;
    scroll_x = std::max(scroll_x, window->ScrollMax.x);
    sideways.push_back(window->Name);
  }
  nlohmann::json overflow = nlohmann::json::array();
  for (const Entry& entry : g_shown.entries) {
    if (mirror_only(entry.tag) || entry.rect.GetWidth() <= 0) continue;
    if (entry.rect.Max.x > io.DisplaySize.x + 0.5f) {
      overflow.push_back({{"id", entry.tag.id}, {"right", round2(entry.rect.Max.x)}});
    }
  }
  return {
      {"width", round2(io.DisplaySize.x)},
      {"height", round2(io.DisplaySize.y)},
      {"dpr", round2(io.DisplayFramebufferScale.x)},
      {"body_line_px", round2(font ? font->FontSize * io.FontGlobalScale : 0)},
      {"body_line_device_px",
       round2(font ? font->FontSize * io.FontGlobalScale * io.DisplayFramebufferScale.x : 0)},
      {"scroll_x", round2(scroll_x)},
      // The magnifier (a two-finger pinch): its zoom, the layout's part it shows (x, y, w,
      // h in layout pixels; widgets' rects above are where they are seen on the canvas),
      // and the scale text is rasterised at, in device pixels per CSS pixel.
      {"zoom", round2(platform().magnifier.zoom)},
      {"view",
       {round2(view.Min.x), round2(view.Min.y), round2(view.GetWidth()), round2(view.GetHeight())}},
      {"text_raster_scale", round2(io.FontGlobalScale > 0 ? 1.0f / io.FontGlobalScale : 0)},
      {"scrolls_sideways", std::move(sideways)},
      {"overflow", std::move(overflow)}};
}

}  // namespace

std::string probe_json() {
  nlohmann::json widgets = nlohmann::json::array();
  nlohmann::json drawn = nlohmann::json::object();
  const Platform& p = platform();
  const ImRect view = magnified_view(p);
  for (const Entry& entry : g_shown.entries) {
    if (mirror_only(entry.tag)) continue;
    ImRect visible = visible_part(entry.rect, entry.clip);
    visible.ClipWithFull(view);
    if (visible.GetWidth() <= 0 || visible.GetHeight() <= 0) continue;  // scrolled or clipped
    // Where it is seen on the canvas: the magnifier may enlarge a part of the layout.
    visible = ImRect(layout_to_screen(p, visible.Min), layout_to_screen(p, visible.Max));
    nlohmann::json widget = {
        {"id", entry.tag.id},
        {"label", entry.tag.label},
        {"kind", kind_key(entry.tag.kind)},
        {"rect",
         {round2(visible.Min.x), round2(visible.Min.y), round2(visible.GetWidth()),
          round2(visible.GetHeight())}},
    };
    if (entry.tag.has_value || !entry.tag.value.is_null()) widget["value"] = entry.tag.value;
    if (entry.tag.has_findings) widget["findings"] = entry.tag.findings;
    if (entry.tag.drawn) drawn[entry.tag.id] = *entry.tag.drawn;
    widgets.push_back(std::move(widget));
  }
  const fonts::TextLook look = fonts::drawn_look();
  nlohmann::json probe = {
      {"layout", layout_json()},
      {"screen", g_shown.screen},
      {"lang", lang_code(g_shown.lang)},
      {"online", is_online()},
      {"widgets", std::move(widgets)},
      // Beyond SPEC 7, for tests: the widget with the keyboard, and frames drawn so far (it
      // stays still while the app is idle).
      {"focus", g_shown.focus.empty() ? nlohmann::json() : nlohmann::json(g_shown.focus)},
      {"frames", platform().frame_count},
      // The texts drawn for a widget where they are not its label, by the widget's id (a
      // widget keeps SPEC 7's exact shape).
      {"drawn", std::move(drawn)},
      // The palette the frame was drawn in (theme.h): "standard" or "high_contrast".
      {"palette",
       theme::palette() == theme::PaletteKind::high_contrast ? "high_contrast" : "standard"},
      // The typeface and spacing the frame was drawn in (fonts.h), which the user chose once
      // the face has arrived.
      {"text",
       {{"typeface", fonts::typeface_key(look.face)},
        {"spacing", look.wide_spacing ? "wide" : "normal"}}},
  };
  return probe.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void for_each_shown(const std::function<void(const Shown&)>& visit) {
  for (const Entry& entry : g_shown.entries) {
    const ImRect visible = visible_part(entry.rect, entry.clip);
    visit({entry.tag, entry.region, visible.GetWidth() > 0 && visible.GetHeight() > 0});
  }
}

std::string_view shown_screen() { return g_shown.screen; }
Lang shown_lang() { return g_shown.lang; }
std::string_view shown_focus() { return g_shown.focus; }

namespace {

// The widget `id` of the last frame drawn, or null.
const Entry* find_shown(std::string_view id) {
  for (const Entry& entry : g_shown.entries) {
    if (entry.tag.id == id) return &entry;
  }
  return nullptr;
}

}  // namespace

ImGuiID shown_imgui_id(std::string_view id) {
  const Entry* entry = find_shown(id);
  return entry ? entry->imgui_id : 0;
}

bool shown_in_view(std::string_view id) {
  const Entry* entry = find_shown(id);
  if (!entry) return false;
  const ImRect visible = visible_part(entry->rect, entry->clip);
  return visible.GetWidth() > 0 && visible.GetHeight() > 0;
}

ImGuiID first_focusable_in(Region region) {
  for (const Entry& entry : g_shown.entries) {
    if (entry.region != region || entry.imgui_id == 0) continue;
    switch (entry.tag.kind) {
      case Kind::input:
      case Kind::button:
      case Kind::checkbox:
      case Kind::radio:
      case Kind::combo:
      case Kind::row:
      case Kind::tab:
      case Kind::link:
        return entry.imgui_id;
      default:
        break;
    }
  }
  return 0;
}

void focus_when_drawn(ImGuiID imgui_id) { g_focus_request = imgui_id; }

namespace hooks {

void item_added(ImGuiID id, const ImRect& rect, const ImRect& clip) {
  Item& item = g_building.items[id];
  item.rect = rect;
  item.clip = clip;
}

void item_info(ImGuiID id, const char* label) {
  auto found = g_building.items.find(id);
  if (found != g_building.items.end()) found->second.label = strip_imgui_id(label);
}

const char* find_label(ImGuiID id) {
  auto found = g_shown.items.find(id);
  return found == g_shown.items.end() ? nullptr : found->second.label.c_str();
}

}  // namespace hooks

extern "C" EMSCRIPTEN_KEEPALIVE const char* anskaffa_probe_json() {
  static std::string text;
  text = probe_json();
  return text.c_str();
}

}  // namespace anskaffa::web::probe
