// The theme's ImGui style: rounded frames with a visible border (a field must look like a
// field to people who do not know ImGui), generous padding, and focus shown in the accent.
#include "web/theme.h"

namespace anskaffa::web::theme {

void apply(ImGuiStyle& style) {
  style = ImGuiStyle();
  style.WindowPadding = ImVec2(24, 24);
  style.FramePadding = ImVec2(12, 9);
  style.ItemSpacing = ImVec2(12, 10);
  style.ItemInnerSpacing = ImVec2(8, 6);
  style.WindowRounding = 0;
  style.ChildRounding = kRounding + 2;
  style.FrameRounding = kRounding;
  style.PopupRounding = kRounding;
  style.GrabRounding = kRounding;
  style.ScrollbarRounding = kRounding;
  style.ScrollbarSize = 12;
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 1;
  style.FrameBorderSize = 1;
  style.PopupBorderSize = 1;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = kText;
  c[ImGuiCol_TextDisabled] = kMutedText;
  c[ImGuiCol_WindowBg] = kBackground;
  c[ImGuiCol_ChildBg] = kSurface;
  c[ImGuiCol_PopupBg] = kSurface;
  c[ImGuiCol_Border] = kFieldBorder;
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = kSurface;
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.976f, 0.980f, 0.988f, 1.0f);
  c[ImGuiCol_FrameBgActive] = kSurface;
  c[ImGuiCol_TitleBg] = kSurface;
  c[ImGuiCol_TitleBgActive] = kSurface;
  c[ImGuiCol_TitleBgCollapsed] = kSurface;
  c[ImGuiCol_MenuBarBg] = kSurface;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = kBorder;
  c[ImGuiCol_ScrollbarGrabHovered] = kMutedText;
  c[ImGuiCol_ScrollbarGrabActive] = kText;
  c[ImGuiCol_CheckMark] = kAccent;
  c[ImGuiCol_SliderGrab] = kAccent;
  c[ImGuiCol_SliderGrabActive] = kAccentActive;
  c[ImGuiCol_Button] = kSurface;
  c[ImGuiCol_ButtonHovered] = kAccentTint;
  c[ImGuiCol_ButtonActive] = ImVec4(0.835f, 0.878f, 0.945f, 1.0f);
  c[ImGuiCol_Header] = kAccentTint;
  c[ImGuiCol_HeaderHovered] = kAccentTint;
  c[ImGuiCol_HeaderActive] = ImVec4(0.835f, 0.878f, 0.945f, 1.0f);
  c[ImGuiCol_Separator] = kBorder;
  c[ImGuiCol_SeparatorHovered] = kAccent;
  c[ImGuiCol_SeparatorActive] = kAccent;
  c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Tab] = kSurface;
  c[ImGuiCol_TabHovered] = kAccentTint;
  c[ImGuiCol_TabActive] = kAccentTint;
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.937f, 0.945f, 0.961f, 1.0f);
  c[ImGuiCol_TableBorderStrong] = kBorder;
  c[ImGuiCol_TableBorderLight] = ImVec4(0.898f, 0.914f, 0.933f, 1.0f);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.976f, 0.980f, 0.988f, 1.0f);
  c[ImGuiCol_TextSelectedBg] = ImVec4(0.710f, 0.800f, 0.925f, 1.0f);
  c[ImGuiCol_NavHighlight] = kAccent;
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0.118f, 0.141f, 0.188f, 0.35f);
}

std::span<const ColourPair> colour_pairs() {
  constexpr float text = 4.5f;
  constexpr float control = 3.0f;
  static constexpr ColourPair pairs[] = {
      {"text on the page", kText, kBackground, text},
      {"text on a card", kText, kSurface, text},
      {"muted text on the page", kMutedText, kBackground, text},
      {"muted text on a card", kMutedText, kSurface, text},
      {"read-only field text", kMutedText, kDisabledField, text},
      {"link on a card", kAccent, kSurface, text},
      {"link on the page", kAccent, kBackground, text},
      {"selected navigation entry", kAccent, kAccentTint, text},
      {"text on a hovered button", kText, kAccentTint, text},
      {"primary button", kOnAccent, kAccent, text},
      {"primary button, hovered", kOnAccent, kAccentHover, text},
      {"primary button, pressed", kOnAccent, kAccentActive, text},
      {"error message", kErrorText, kErrorTint, text},
      {"finding under a field", kErrorText, kSurface, text},
      {"finding on the page", kErrorText, kBackground, text},
      {"success message", kSuccessText, kSuccessTint, text},
      {"success chip on a card", kSuccessText, kSurface, text},
      {"warning message", kWarningText, kWarningTint, text},
      {"warning under a field", kWarningText, kSurface, text},
      {"field edge on a card", kFieldBorder, kSurface, control},
      {"field edge on the page", kFieldBorder, kBackground, control},
      {"focus ring on a card", kAccent, kSurface, control},
      {"focus ring on the page", kAccent, kBackground, control},
      {"checkbox edge", kMutedText, kSurface, control},
      {"check mark", kOnAccent, kAccent, control},
      {"past day in the calendar", kPastDay, kSurface, text},
      {"past day in the calendar, hovered", kPastDay, kAccentTint, text},
      // The "by age" chart's segments (stats_charts.cpp, WCAG 1.4.11): each touches the card
      // (the gap between segments, the space between bars) and the bar's track, never another
      // segment; and each holds its count in white.
      {"age band 0-5 on a card", kSuccessText, kSurface, control},
      {"age band 6-10 on a card", kAccent, kSurface, control},
      {"age band 11-20 on a card", kWarningText, kSurface, control},
      {"age band 21+ on a card", kErrorText, kSurface, control},
      {"age band 0-5 on the track", kSuccessText, kAccentTint, control},
      {"age band 6-10 on the track", kAccent, kAccentTint, control},
      {"age band 11-20 on the track", kWarningText, kAccentTint, control},
      {"age band 21+ on the track", kErrorText, kAccentTint, control},
      {"count in age band 0-5", kOnAccent, kSuccessText, text},
      {"count in age band 6-10", kOnAccent, kAccent, text},
      {"count in age band 11-20", kOnAccent, kWarningText, text},
      {"count in age band 21+", kOnAccent, kErrorText, text},
  };
  return pairs;
}

}  // namespace anskaffa::web::theme
