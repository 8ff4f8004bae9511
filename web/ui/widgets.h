// The app's widgets: Dear ImGui widgets in the app's look, each tagged for the probe (SPEC 7)
// with a stable id, its kind, label and value. Screens use these, not ImGui's widgets, so that
// everything a user can act on is visible to tests. Labels are the user's language; ids never
// change with it (ImGui's "###id" keeps the widget's state across a language switch).
#pragma once

#include <string>
#include <string_view>

#include "web/platform/platform.h"

namespace anskaffa::web::ui {

struct FieldEvents {
  bool changed = false;    // the value was edited this frame
  bool submitted = false;  // Enter was pressed in the field
};

struct TextInputOptions {
  TextHint hint = TextHint::text;
  bool password = false;
};

// A labelled, full-width text field; the label sits above it.
FieldEvents text_input(std::string_view id, std::string_view label, std::string& value,
                       const TextInputOptions& options = {});
FieldEvents password_input(std::string_view id, std::string_view label, std::string& value);

enum class ButtonStyle { primary, secondary, quiet };

// A button; width 0 fits the label, a negative width fills the row.
bool button(std::string_view id, std::string_view label, ButtonStyle style = ButtonStyle::primary,
            float width = 0, bool enabled = true);

enum class TextStyle { body, title, muted, error, success, brand };

// Wrapped text (or one line, for the title and brand styles).
void text(std::string_view id, std::string_view content, TextStyle style = TextStyle::body);

}  // namespace anskaffa::web::ui
