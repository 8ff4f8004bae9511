// The probe of SPEC 7: window.anskaffaProbe() describes what is on screen now, as
// {screen, lang, online, widgets: [{id, label, kind, rect, value?, findings?}]}. It is built
// from a registry filled while a frame is drawn: ImGui's test-engine hooks (probe_hooks.cpp)
// report every item's rectangle and clip rectangle, and the app's widget wrappers (widgets.h)
// tag items with their stable id, kind, label, value and findings. The probe always reads the
// registry of the last frame that was drawn. Beyond SPEC 7 it adds `focus`, `frames` and
// `layout` (the page's size, zoom, text size and what reaches past the right edge), and
// `drawn`: by widget id, the texts drawn for a widget where they are not its label.
#pragma once

#include <imgui.h>
#include <imgui_internal.h>

#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/lang.h"

namespace anskaffa::web::probe {

enum class Kind {
  input,
  button,
  checkbox,
  radio,
  combo,
  group,
  text,
  row,
  tab,
  link,
  // Structure for the accessibility mirror alone (mark_structure), never in the
  // probe: a table, a list of tabs, a tab's panel and where that panel ends; a status
  // message's silence (mark_status_silent); and a row of data in a table (its label the
  // row's header, its cells the rest), with nothing to press.
  table,
  tablist,
  tabpanel,
  panel_end,
  silence,
  table_row
};
std::string_view kind_key(Kind kind);

// An option of a drop-down list, for the accessibility mirror's <select>.
struct Option {
  std::string id;
  std::string label;
};

// What the accessibility mirror (web/a11y) needs beyond the probe's fields.
enum class Role { plain, heading_1, heading_2, error, success, warning };
enum class InputType { text, password, email, number, multiline };

struct Tag {
  std::string id;     // stable and unique on its screen: a form field's key, "sign_in", ...
  std::string label;  // what the user reads
  Kind kind = Kind::text;
  nlohmann::json value;    // null: the widget has no value, unless has_value says it is null
  bool has_value = false;  // the value is listed even when null (a field with nothing chosen)
  std::vector<std::string> findings;
  bool has_findings = false;  // form fields list their findings, even when there are none
  // For the mirror only; never in the probe.
  Role role = Role::plain;
  bool required = false;
  bool disabled = false;
  InputType input_type = InputType::text;
  std::vector<Option> options;  // a combo's choices, and which is chosen
  int chosen_option = -1;
  // The mirror's structure, so that it is told, not guessed in mirror.js: the table or tab list
  // a row, column header or tab belongs to (the tab list, for a panel: whose selected tab names
  // it); a header's column; a row's cells after its first (the widget itself); a table's column
  // headers; and the button Escape presses in a dialog.
  std::string parent;
  int column = -1;
  std::vector<std::string> cells;
  std::vector<std::string> columns;
  bool cancels = false;
  // What a field's input is for (WCAG 1.3.5), an HTML autocomplete token such as "email" or
  // "current-password"; empty: none, the mirror's field is autocomplete="off".
  std::string autocomplete;
  // A button's state beyond its label (WCAG 4.1.2): a choice button's chosen state, and
  // whether what a menu button opens is open. Unset for other buttons.
  std::optional<bool> pressed;
  std::optional<bool> expanded;
  // The language of the label, when it is not the page's (WCAG 3.1.2): "sv" or "en".
  std::string lang;
  // A text whose changes the mirror announces politely (WCAG 4.1.3), such as a search's number
  // of hits. The texts sharing a key take turns saying one thing (the count, or "no hits");
  // `said` is what is announced, when the label alone would not be understood out of place.
  std::string status;
  std::string said;
  // For the mirror: its name, when the label is not all a screen reader needs (a form step's
  // number and title), and its description (the state a form step's mark shows).
  std::string name;
  std::string description;
  // The texts drawn for the widget, when they are not its label (a form step on a narrow
  // window shows only its number, or a mark without text); in the probe's `drawn`.
  std::optional<std::vector<std::string>> drawn;
  // A widget the mirror shows through other nodes instead, such as a chart through its table.
  bool mirror_hidden = false;
};

// Where on the page a widget sits, for the mirror's landmarks.
enum class Region { main, banner, navigation, dialog };

// A widget of the last frame drawn, for the mirror: every tagged widget, also those scrolled
// out of view, in the order they were drawn.
struct Shown {
  const Tag& tag;
  Region region;
  bool visible;
};
void for_each_shown(const std::function<void(const Shown&)>& visit);
std::string_view shown_screen();
Lang shown_lang();
std::string_view shown_focus();
// The ImGui id of a widget of the last frame, 0 when it has none or is not there.
ImGuiID shown_imgui_id(std::string_view id);
// The widget was in view in the last frame: not scrolled away or clipped.
bool shown_in_view(std::string_view id);
// The ImGui id of the first widget in `region` that takes the keyboard's focus, in the last
// frame drawn; 0 when it has none.
ImGuiID first_focusable_in(Region region);
// Gives ImGui's keyboard focus (and its focus ring) to the widget with this ImGui id when it
// is drawn next, scrolling it into view; 0 cancels.
void focus_when_drawn(ImGuiID imgui_id);

// Starts a frame's registry; `screen` is one of SPEC 7's screen keys.
void begin_frame(std::string_view screen, Lang lang);
// Tags the item ImGui submitted last.
void tag_last_item(Tag tag);
// Sets the value and findings of a widget tagged earlier in this frame, for a field whose
// value is known only after its widget has run (an edit changes it).
void update_tag(std::string_view id, nlohmann::json value, std::vector<std::string> findings);
// Tags an area that is not one ImGui item, such as a group of radio buttons.
void tag_rect(Tag tag, const ImRect& rect);
// Marks the widget `id`, tagged earlier in this frame, as the one Escape presses in its dialog.
void mark_cancel(std::string_view id);
// Marks the button `id`, tagged earlier in this frame, as a choice that is chosen or not.
void mark_pressed(std::string_view id, bool pressed);
// Marks the button `id`, tagged earlier in this frame, as opening something that is open or not.
void mark_expanded(std::string_view id, bool expanded);
// Says the label of the widget `id`, tagged earlier in this frame, is in `lang`.
void mark_lang(std::string_view id, Lang lang);
// Puts the widgets tagged from now on in `region`, whatever window they are drawn in (the
// narrow window's navigation menu, drawn in the screen's place), until end_region().
void begin_region(Region region);
void end_region();
// Marks the text `id`, tagged earlier in this frame, as a status message of the kind `key`,
// announced as `said` (empty: its label).
void mark_status(std::string_view id, std::string_view key, std::string said = {});
// Says the status messages of the kind `key` have nothing to say now (nothing is shown), so
// that what they say next, when it appears, is announced.
void mark_status_silent(std::string_view key);
// Adds structure for the mirror alone (a Kind from table on), where it is in the drawing order.
void mark_structure(Tag tag);
// Keeps this frame's registry as the one the probe reads.
void end_frame();

// The probe as JSON text (boot.js parses it into the plain object).
std::string probe_json();

// For probe_hooks.cpp: what ImGui's test-engine hooks report about each item.
namespace hooks {
void item_added(ImGuiID id, const ImRect& rect, const ImRect& clip);
void item_info(ImGuiID id, const char* label);
const char* find_label(ImGuiID id);
}  // namespace hooks

}  // namespace anskaffa::web::probe
