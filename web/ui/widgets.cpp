// The app's widgets (see widgets.h): text fields, buttons, text and chips. Checkboxes, radio
// buttons and drop-down lists are in choices.cpp.
#include "web/ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "web/a11y/mirror_input.h"
#include "web/fonts.h"
#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web::ui {
namespace parts {

std::string imgui_label(std::string_view label, std::string_view id) {
  std::string result(label);
  result += "###";
  result += id;
  return result;
}

void hand_cursor_on_hover() {
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

void focus_outline() {
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(min, max, ImGui::GetColorU32(theme::colours().accent),
                                      ImGui::GetStyle().FrameRounding, 0, 2.0f);
}

void draw_text(ImVec2 pos, std::string_view text, ImVec4 colour, float wrap_width) {
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos,
                                      ImGui::GetColorU32(colour), text.data(),
                                      text.data() + text.size(), wrap_width);
}

}  // namespace parts

namespace {

struct EditedText {
  std::string* text;
  bool caret_to_end = false;  // a multi-line field that was just opened for editing
};

// ImGui edits a char buffer; this lets it grow the std::string behind it.
int edit_callback(ImGuiInputTextCallbackData* data) {
  auto* edited = static_cast<EditedText*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    edited->text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = edited->text->data();
  } else if (data->EventFlag == ImGuiInputTextFlags_CallbackAlways && edited->caret_to_end) {
    data->CursorPos = data->SelectionStart = data->SelectionEnd = data->BufTextLen;
    edited->caret_to_end = false;
  }
  return 0;
}

// The mirror's field was left, or Enter was pressed in it: as if in the ImGui field.
void merge_mirror_events(std::string_view id, FieldEvents& events) {
  const a11y::FieldExit exit = a11y::take_field_exit(id);
  if (exit == a11y::FieldExit::none) return;
  events.deactivated = true;
  events.submitted = events.submitted || exit == a11y::FieldExit::submitted;
}

// A title is the screen's one heading of level 1; a heading opens a section of it. A message
// in a tone is announced when it appears.
probe::Role text_role(TextStyle style) {
  switch (style) {
    case TextStyle::title:
      return probe::Role::heading_1;
    case TextStyle::heading:
      return probe::Role::heading_2;
    case TextStyle::error:
      return probe::Role::error;
    case TextStyle::success:
      return probe::Role::success;
    case TextStyle::warning:
      return probe::Role::warning;
    default:
      return probe::Role::plain;
  }
}

bool enter_pressed() {
  return ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
         ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false);
}

void tag_field(probe::Tag tag, std::string_view id, std::string_view label,
               const std::string& value) {
  tag.id = std::string(id);
  tag.label = std::string(label);
  tag.kind = probe::Kind::input;
  if (!tag.has_value && tag.value.is_null()) tag.value = value;
  probe::tag_last_item(std::move(tag));
}

}  // namespace

FieldEvents text_box(std::string_view id, std::string_view label, std::string& value,
                     const TextInputOptions& options, probe::Tag tag) {
  FieldEvents events;
  ImGui::PushID(id.data(), id.data() + id.size());
  ImGui::SetNextItemWidth(options.width);
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
  if (options.password) flags |= ImGuiInputTextFlags_Password;
  if (!options.enabled) {
    flags |= ImGuiInputTextFlags_ReadOnly;
    ImGui::PushStyleColor(ImGuiCol_FrameBg, theme::colours().disabled_field);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().muted_text);
  }
  bool typed_in_mirror = false;
  if (std::optional<std::string> typed = a11y::take_typed_text(id); typed && options.enabled) {
    value = std::move(*typed);
    typed_in_mirror = true;
  }
  EditedText edited{&value};
  std::string placeholder(options.placeholder);
  if (placeholder.empty()) {
    events.changed = ImGui::InputText("##field", value.data(), value.capacity() + 1, flags,
                                      edit_callback, &edited);
  } else {
    events.changed = ImGui::InputTextWithHint("##field", placeholder.c_str(), value.data(),
                                              value.capacity() + 1, flags, edit_callback, &edited);
  }
  if (!options.enabled) ImGui::PopStyleColor(2);
  events.changed = events.changed || typed_in_mirror;
  events.deactivated = ImGui::IsItemDeactivated();
  // Enter ends editing in a one-line field; that is the moment to submit a form.
  events.submitted = events.deactivated && enter_pressed();
  merge_mirror_events(id, events);
  if (ImGui::IsItemActive()) {
    parts::focus_outline();
    text_input_hint(options.password ? TextHint::password : options.hint);
  }
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  tag.input_type = options.password                   ? probe::InputType::password
                   : options.hint == TextHint::email  ? probe::InputType::email
                   : options.hint == TextHint::number ? probe::InputType::number
                                                      : probe::InputType::text;
  tag.disabled = !options.enabled;
  if (tag.autocomplete.empty()) tag.autocomplete = std::string(options.autocomplete);
  tag_field(std::move(tag), id, label, value);
  ImGui::PopID();
  return events;
}

FieldEvents text_input(std::string_view id, std::string_view label, std::string& value,
                       const TextInputOptions& options) {
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  return text_box(id, label, value, options);
}

FieldEvents password_input(std::string_view id, std::string_view label, std::string& value) {
  return text_input(
      id, label, value,
      {.hint = TextHint::password, .password = true, .autocomplete = "current-password"});
}

FieldEvents text_area(std::string_view id, std::string_view label, std::string& value, float height,
                      probe::Tag tag) {
  FieldEvents events;
  ImGuiContext& g = *GImGui;
  ImGui::PushID(id.data(), id.data() + id.size());
  const ImGuiID edit_id = ImGui::GetID("##area");
  const ImVec2 size(ImGui::GetContentRegionAvail().x, height);
  bool typed_in_mirror = false;
  if (std::optional<std::string> typed = a11y::take_typed_text(id)) {
    value = std::move(*typed);
    typed_in_mirror = true;
  }
  // Editing: ImGui's own multi-line field. It opens when the wrapped view below is clicked or
  // tabbed to, which asks ImGui to activate the field (as Tab does for one-line fields).
  if (g.ActiveId == edit_id || g.NavActivateId == edit_id) {
    EditedText edited{&value, g.ActiveId != edit_id};
    events.changed = ImGui::InputTextMultiline(
        "##area", value.data(), value.capacity() + 1, size,
        ImGuiInputTextFlags_CallbackResize | ImGuiInputTextFlags_CallbackAlways, edit_callback,
        &edited);
    events.deactivated = ImGui::IsItemDeactivated();
    if (ImGui::IsItemActive()) {
      parts::focus_outline();
      text_input_hint(TextHint::text);
    }
  } else {
    // The view is an item of its own: were it the field's id, a mouse button held on it
    // would make the field "active" before ImGui had opened it for editing.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID view_id = ImGui::GetID("##view");
    const ImRect box(window->DC.CursorPos, window->DC.CursorPos + size);
    ImGui::ItemSize(size);
    if (ImGui::ItemAdd(box, view_id, nullptr, ImGuiItemFlags_Inputable)) {
      bool hovered = false;
      bool held = false;
      if (ImGui::ButtonBehavior(box, view_id, &hovered, &held)) {
        g.NavNextActivateId = edit_id;
        g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput;
        request_redraw();
      }
      ImGui::RenderNavHighlight(box, view_id);
      ImGui::RenderFrame(box.Min, box.Max,
                         ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg),
                         true, ImGui::GetStyle().FrameRounding);
      const ImVec2 padding = ImGui::GetStyle().FramePadding;
      ImGui::PushClipRect(box.Min + padding, box.Max - padding, true);
      parts::draw_text(box.Min + padding, value, theme::colours().text, size.x - 2 * padding.x);
      ImGui::PopClipRect();
      if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
    }
  }
  events.changed = events.changed || typed_in_mirror;
  merge_mirror_events(id, events);
  tag.input_type = probe::InputType::multiline;
  tag_field(std::move(tag), id, label, value);
  ImGui::PopID();
  return events;
}

namespace {

// A button whose label does not fit its width on one line (a long label in the rail, a wider
// typeface or text spacing the user chose): the label wraps and the button grows, where
// ImGui::Button would cut it off. Drawn in the colours ImGui::Button would use.
bool wrapped_button(std::string_view id, std::string_view label, float width) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImGuiID item_id = window->GetID(id.data(), id.data() + id.size());
  const float wrap = width - 2 * style.FramePadding.x;
  const ImVec2 text_size =
      ImGui::CalcTextSize(label.data(), label.data() + label.size(), false, wrap);
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect frame(pos, pos + ImVec2(width, text_size.y + 2 * style.FramePadding.y));
  ImGui::ItemSize(frame.GetSize(), style.FramePadding.y);
  if (!ImGui::ItemAdd(frame, item_id)) return false;
  bool hovered = false;
  bool held = false;
  const bool pressed = ImGui::ButtonBehavior(frame, item_id, &hovered, &held);
  const ImGuiCol fill = held && hovered ? ImGuiCol_ButtonActive
                        : hovered       ? ImGuiCol_ButtonHovered
                                        : ImGuiCol_Button;
  ImGui::RenderNavHighlight(frame, item_id);
  ImGui::RenderFrame(frame.Min, frame.Max, ImGui::GetColorU32(fill), true, style.FrameRounding);
  parts::draw_text(frame.Min + style.FramePadding, label, style.Colors[ImGuiCol_Text], wrap);
  return pressed;
}

}  // namespace

bool button(std::string_view id, std::string_view label, ButtonStyle style, float width,
            bool enabled) {
  int colors = 0;
  if (style == ButtonStyle::primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::colours().accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::colours().accent_hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::colours().accent_active);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().on_accent);
    ImGui::PushStyleColor(ImGuiCol_Border, theme::colours().accent);
    colors = 5;
  } else if (style == ButtonStyle::quiet) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().accent);
    colors = 3;
  }
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(18, 10));
  if (!enabled) ImGui::BeginDisabled();
  // The width the button is given, if any: a negative one reaches the right edge less it.
  const float given = width > 0 ? width : width < 0 ? ImGui::GetContentRegionAvail().x + width : 0;
  const float one_line =
      ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + 2 * 18.0f;
  const bool pressed = given > 0 && one_line > given
                           ? wrapped_button(id, label, given)
                           : ImGui::Button(parts::imgui_label(label, id).c_str(), ImVec2(width, 0));
  if (!enabled) ImGui::EndDisabled();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(colors);
  if (enabled) parts::hand_cursor_on_hover();
  probe::tag_last_item({.id = std::string(id),
                        .label = std::string(label),
                        .kind = probe::Kind::button,
                        .disabled = !enabled});
  return pressed && enabled;
}

ImVec4 tone_text(Tone tone) {
  switch (tone) {
    case Tone::accent:
      return theme::colours().accent;
    case Tone::success:
      return theme::colours().success_text;
    case Tone::warning:
      return theme::colours().warning_text;
    case Tone::error:
      return theme::colours().error_text;
    case Tone::neutral:
      break;
  }
  return theme::colours().text;
}

ImVec4 tone_tint(Tone tone) {
  switch (tone) {
    case Tone::accent:
      return theme::colours().accent_tint;
    case Tone::success:
      return theme::colours().success_tint;
    case Tone::warning:
      return theme::colours().warning_tint;
    case Tone::error:
      return theme::colours().error_tint;
    case Tone::neutral:
      break;
  }
  return theme::colours().background;
}

namespace {

// A caller that pushed a wrap position of its own keeps it; otherwise text wraps at the
// content region's right edge.
bool wraps_already() { return ImGui::GetCurrentWindow()->DC.TextWrapPos >= 0; }

// Wraps at the content region's right edge, less a pixel: ImGui rounds a wrapped line's width
// up to whole pixels, so a line that just fits would reach a pixel past the edge and the screen
// would scroll sideways by it (found at 390 CSS px, WCAG 1.4.10).
void push_wrap_at_edge() {
  const ImGuiWindow* window = ImGui::GetCurrentWindow();
  ImGui::PushTextWrapPos(window->WorkRect.Max.x - window->Pos.x + window->Scroll.x - 1.0f);
}

// A tinted box with the message inside, wrapped to the column.
void tinted_box(std::string_view content, Tone tone) {
  const ImVec2 padding(12, 10);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float width = ImGui::GetContentRegionAvail().x;
  float wrap = width - 2 * padding.x;
  ImVec2 size = ImGui::CalcTextSize(content.data(), content.data() + content.size(), false, wrap);
  ImVec2 box(width, size.y + 2 * padding.y);
  ImGui::GetWindowDrawList()->AddRectFilled(pos, pos + box, ImGui::GetColorU32(tone_tint(tone)),
                                            theme::kRounding);
  parts::draw_text(pos + padding, content, tone_text(tone), wrap);
  ImGui::Dummy(box);
}

}  // namespace

void text(std::string_view id, std::string_view content, TextStyle style) {
  const char* begin = content.data();
  const char* end = content.data() + content.size();
  switch (style) {
    case TextStyle::title:
    case TextStyle::heading:
    case TextStyle::brand: {
      ImGui::PushFont(
          fonts::get(style == TextStyle::title ? fonts::Role::title : fonts::Role::heading));
      ImGui::PushStyleColor(ImGuiCol_Text, style == TextStyle::brand ? theme::colours().accent
                                                                     : theme::colours().text);
      // A title wraps too: a long Swedish one must fit a phone.
      const bool wrap = style != TextStyle::brand && !wraps_already();
      if (wrap) push_wrap_at_edge();
      ImGui::TextUnformatted(begin, end);
      if (wrap) ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      ImGui::PopFont();
      break;
    }
    case TextStyle::error:
      tinted_box(content, Tone::error);
      break;
    case TextStyle::success:
      tinted_box(content, Tone::success);
      break;
    case TextStyle::warning:
      tinted_box(content, Tone::warning);
      break;
    default:
      ImGui::PushStyleColor(ImGuiCol_Text, style == TextStyle::muted ? theme::colours().muted_text
                                                                     : theme::colours().text);
      const bool wrap = !wraps_already();
      if (wrap) push_wrap_at_edge();
      ImGui::TextUnformatted(begin, end);
      if (wrap) ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      break;
  }
  probe::tag_last_item(
      {.id = std::string(id), .label = std::string(content), .role = text_role(style)});
}

void same_line_or_wrap(float width, float spacing) {
  const float right = ImGui::GetContentRegionMax().x;
  ImGui::SameLine(0, spacing);
  if (ImGui::GetCursorPosX() + width > right) {
    ImGui::NewLine();
    ImGui::Dummy(ImVec2(0, spacing));
  }
}

float chip_width(std::string_view content) {
  return ImGui::CalcTextSize(content.data(), content.data() + content.size()).x + 20;
}

void chip(std::string_view id, std::string_view content, Tone tone, nlohmann::json value) {
  const ImVec2 padding(10, 3);
  ImVec2 pos = ImGui::GetCursorScreenPos();
  ImVec2 size = ImGui::CalcTextSize(content.data(), content.data() + content.size());
  ImVec2 box(size.x + 2 * padding.x, size.y + 2 * padding.y);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, pos + box, ImGui::GetColorU32(tone_tint(tone)), box.y * 0.5f);
  draw->AddRect(pos, pos + box, ImGui::GetColorU32(tone_text(tone)), box.y * 0.5f);
  parts::draw_text(pos + padding, content, tone_text(tone));
  ImGui::Dummy(box);
  probe::tag_last_item({.id = std::string(id),
                        .label = std::string(content),
                        .kind = probe::Kind::text,
                        .value = std::move(value)});
}

}  // namespace anskaffa::web::ui
