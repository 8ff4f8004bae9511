// The app's widgets: Dear ImGui widgets in the app's look, each tagged for the probe (SPEC 7)
// with a stable id, its kind, label and value. Screens use these, not ImGui's widgets, so that
// everything a user can act on is visible to tests. Labels are the user's language; ids never
// change with it (ImGui's "###id" keeps the widget's state across a language switch).
//
// A widget that is part of a form field takes a probe::Tag with the field's JSON value and
// findings; the widget fills in the id, label and kind.
#pragma once

#include <imgui.h>

#include <span>
#include <string>
#include <string_view>

#include "web/platform/platform.h"
#include "web/ui/probe.h"

namespace anskaffa::web::ui {

struct FieldEvents {
  bool changed = false;      // the value was edited this frame
  bool submitted = false;    // Enter was pressed in the field
  bool deactivated = false;  // the field stopped being edited (the user left it)
};

struct TextInputOptions {
  TextHint hint = TextHint::text;
  bool password = false;
  std::string_view placeholder;  // shown, muted, while the field is empty
  float width = -FLT_MIN;        // negative: to the right edge
  bool enabled = true;
  // What the field is for, as an HTML autocomplete token (WCAG 1.3.5): "email",
  // "current-password", ... Only for what a person gives about themself; empty: none.
  std::string_view autocomplete;
};

// A labelled, full-width text field; the label sits above it.
FieldEvents text_input(std::string_view id, std::string_view label, std::string& value,
                       const TextInputOptions& options = {});
FieldEvents password_input(std::string_view id, std::string_view label, std::string& value);

// The field alone, for callers that draw their own label. When `tag` has no value the text
// is the probe's value.
FieldEvents text_box(std::string_view id, std::string_view label, std::string& value,
                     const TextInputOptions& options = {}, probe::Tag tag = {});

// A multi-line field `height` high. Dear ImGui 1.90 cannot wrap words while editing, so the
// text is shown wrapped whenever the field is not being edited.
FieldEvents text_area(std::string_view id, std::string_view label, std::string& value, float height,
                      probe::Tag tag = {});

enum class ButtonStyle { primary, secondary, quiet };

// A button; width 0 fits the label, a negative width fills the row.
bool button(std::string_view id, std::string_view label, ButtonStyle style = ButtonStyle::primary,
            float width = 0, bool enabled = true);

// A checkbox whose label wraps beside it, within `width` (0: to the right edge). The probe's
// value is `checked`, unless `tag` has one.
bool checkbox(std::string_view id, std::string_view label, bool& checked, probe::Tag tag = {},
              bool enabled = true, float width = 0);
// One option of a radio group; true when chosen this frame.
bool radio(std::string_view id, std::string_view label, bool selected, float width = 0,
           probe::Tag tag = {});
// The width a checkbox or radio button needs for its label on one line.
float option_width(std::string_view label);

// A drop-down list. `selected` is an index into `items`, -1 for none; `item_ids` are the
// options' probe ids. True when the choice changed.
bool combo(std::string_view id, std::string_view label, std::span<const std::string> items,
           std::span<const std::string> item_ids, int& selected, std::string_view placeholder,
           float width, probe::Tag tag = {});

enum class TextStyle { body, title, heading, muted, error, success, warning, brand };

// Wrapped text (or one line, for the title, heading and brand styles).
void text(std::string_view id, std::string_view content, TextStyle style = TextStyle::body);

enum class Tone { neutral, accent, success, warning, error };

// Puts the next item of `width` beside the last one, or on a new line when the column ends
// there (a narrow window), `spacing` apart either way.
void same_line_or_wrap(float width, float spacing = 8);

// The width of a chip with this text.
float chip_width(std::string_view content);

// A small rounded label in a tone's tint, e.g. a risk level. `value` goes to the probe.
void chip(std::string_view id, std::string_view content, Tone tone, nlohmann::json value = nullptr);

// Colours of a tone: text and tint.
ImVec4 tone_text(Tone tone);
ImVec4 tone_tint(Tone tone);

}  // namespace anskaffa::web::ui
