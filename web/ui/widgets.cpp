// The app's widgets (see widgets.h).
#include "web/ui/widgets.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "web/fonts.h"
#include "web/theme.h"
#include "web/ui/probe.h"

namespace anskaffa::web::ui {
namespace {

// ImGui edits a char buffer; this lets it grow the std::string behind it.
int grow_string(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
    auto* text = static_cast<std::string*>(data->UserData);
    text->resize(static_cast<std::size_t>(data->BufTextLen));
    data->Buf = text->data();
  }
  return 0;
}

// Shown text with a hidden, language-independent ImGui id.
std::string imgui_label(std::string_view label, std::string_view id) {
  std::string result(label);
  result += "###";
  result += id;
  return result;
}

void hand_cursor_on_hover() {
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

// A field being edited gets an accent outline, as browsers draw their focus ring.
void focus_outline() {
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRect(min, max, ImGui::GetColorU32(theme::kAccent),
                                      ImGui::GetStyle().FrameRounding, 0, 2.0f);
}

}  // namespace

FieldEvents text_input(std::string_view id, std::string_view label, std::string& value,
                       const TextInputOptions& options) {
  FieldEvents events;
  ImGui::PushID(id.data(), id.data() + id.size());
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::SetNextItemWidth(-FLT_MIN);
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
  if (options.password) flags |= ImGuiInputTextFlags_Password;
  events.changed =
      ImGui::InputText("##field", value.data(), value.capacity() + 1, flags, grow_string, &value);
  // Enter ends editing in a one-line field; that is the moment to submit a form.
  events.submitted =
      ImGui::IsItemDeactivated() && (ImGui::IsKeyPressed(ImGuiKey_Enter, false) ||
                                     ImGui::IsKeyPressed(ImGuiKey_KeypadEnter, false));
  if (ImGui::IsItemActive()) {
    focus_outline();
    text_input_hint(options.password ? TextHint::password : options.hint);
  }
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_TextInput);
  probe::tag_last_item({.id = std::string(id),
                        .label = std::string(label),
                        .kind = probe::Kind::input,
                        .value = value});
  ImGui::PopID();
  return events;
}

FieldEvents password_input(std::string_view id, std::string_view label, std::string& value) {
  return text_input(id, label, value, {.hint = TextHint::password, .password = true});
}

bool button(std::string_view id, std::string_view label, ButtonStyle style, float width,
            bool enabled) {
  int colors = 0;
  if (style == ButtonStyle::primary) {
    ImGui::PushStyleColor(ImGuiCol_Button, theme::kAccent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kAccentHover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::kAccentActive);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kOnAccent);
    ImGui::PushStyleColor(ImGuiCol_Border, theme::kAccent);
    colors = 5;
  } else if (style == ButtonStyle::quiet) {
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Border, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kAccent);
    colors = 3;
  }
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(18, 10));
  if (!enabled) ImGui::BeginDisabled();
  bool pressed = ImGui::Button(imgui_label(label, id).c_str(), ImVec2(width, 0));
  if (!enabled) ImGui::EndDisabled();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(colors);
  if (enabled) hand_cursor_on_hover();
  probe::tag_last_item(
      {.id = std::string(id), .label = std::string(label), .kind = probe::Kind::button});
  return pressed && enabled;
}

void text(std::string_view id, std::string_view content, TextStyle style) {
  const char* begin = content.data();
  const char* end = content.data() + content.size();
  switch (style) {
    case TextStyle::title:
    case TextStyle::brand:
      ImGui::PushFont(
          fonts::get(style == TextStyle::title ? fonts::Role::title : fonts::Role::heading));
      ImGui::PushStyleColor(ImGuiCol_Text,
                            style == TextStyle::brand ? theme::kAccent : theme::kText);
      ImGui::TextUnformatted(begin, end);
      ImGui::PopStyleColor();
      ImGui::PopFont();
      break;
    case TextStyle::error:
    case TextStyle::success: {
      // A tinted box with the message inside, wrapped to the column.
      const ImVec2 padding(12, 10);
      ImVec2 pos = ImGui::GetCursorScreenPos();
      float width = ImGui::GetContentRegionAvail().x;
      float wrap = width - 2 * padding.x;
      ImVec2 size = ImGui::CalcTextSize(begin, end, false, wrap);
      ImVec2 box(width, size.y + 2 * padding.y);
      bool error = style == TextStyle::error;
      ImDrawList* draw = ImGui::GetWindowDrawList();
      draw->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y),
                          ImGui::GetColorU32(error ? theme::kErrorTint : theme::kAccentTint),
                          theme::kRounding);
      draw->AddText(
          ImGui::GetFont(), ImGui::GetFontSize(), ImVec2(pos.x + padding.x, pos.y + padding.y),
          ImGui::GetColorU32(error ? theme::kErrorText : theme::kSuccessText), begin, end, wrap);
      ImGui::Dummy(box);
      break;
    }
    default:
      ImGui::PushStyleColor(ImGuiCol_Text,
                            style == TextStyle::muted ? theme::kMutedText : theme::kText);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(begin, end);
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      break;
  }
  probe::tag_last_item(
      {.id = std::string(id), .label = std::string(content), .kind = probe::Kind::text});
}

}  // namespace anskaffa::web::ui
