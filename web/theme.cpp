// The theme's ImGui style: rounded frames with a visible border (a field must look like a
// field to people who do not know ImGui), generous padding, and focus shown in the accent.
#include "web/theme.h"

namespace anskaffa::web::theme {
namespace {

PaletteKind g_applied = PaletteKind::standard;
PaletteKind g_wanted = PaletteKind::standard;

void apply_colours(ImGuiStyle& style, const Palette& p) {
  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.muted_text;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_ChildBg] = p.surface;
  c[ImGuiCol_PopupBg] = p.surface;
  c[ImGuiCol_Border] = p.field_border;
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = p.surface;
  c[ImGuiCol_FrameBgHovered] = p.field_hover;
  c[ImGuiCol_FrameBgActive] = p.surface;
  c[ImGuiCol_TitleBg] = p.surface;
  c[ImGuiCol_TitleBgActive] = p.surface;
  c[ImGuiCol_TitleBgCollapsed] = p.surface;
  c[ImGuiCol_MenuBarBg] = p.surface;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = p.border;
  c[ImGuiCol_ScrollbarGrabHovered] = p.muted_text;
  c[ImGuiCol_ScrollbarGrabActive] = p.text;
  c[ImGuiCol_CheckMark] = p.accent;
  c[ImGuiCol_SliderGrab] = p.accent;
  c[ImGuiCol_SliderGrabActive] = p.accent_active;
  c[ImGuiCol_Button] = p.surface;
  c[ImGuiCol_ButtonHovered] = p.accent_tint;
  c[ImGuiCol_ButtonActive] = p.accent_pressed;
  c[ImGuiCol_Header] = p.accent_tint;
  c[ImGuiCol_HeaderHovered] = p.accent_tint;
  c[ImGuiCol_HeaderActive] = p.accent_pressed;
  c[ImGuiCol_Separator] = p.border;
  c[ImGuiCol_SeparatorHovered] = p.accent;
  c[ImGuiCol_SeparatorActive] = p.accent;
  c[ImGuiCol_ResizeGrip] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_Tab] = p.surface;
  c[ImGuiCol_TabHovered] = p.accent_tint;
  c[ImGuiCol_TabActive] = p.accent_tint;
  c[ImGuiCol_TableHeaderBg] = p.table_header;
  c[ImGuiCol_TableBorderStrong] = p.border;
  c[ImGuiCol_TableBorderLight] = p.table_border_light;
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = p.field_hover;
  c[ImGuiCol_TextSelectedBg] = p.selection;
  c[ImGuiCol_NavHighlight] = p.accent;
  c[ImGuiCol_ModalWindowDimBg] = p.dim;
}

}  // namespace

const Palette& palette_of(PaletteKind kind) {
  return kind == PaletteKind::high_contrast ? kHighContrast : kStandard;
}

const Palette& colours() { return palette_of(g_applied); }

PaletteKind palette() { return g_applied; }

void use_palette(PaletteKind kind) { g_wanted = kind; }

bool apply_pending_palette(ImGuiStyle& style) {
  if (g_wanted == g_applied) return false;
  g_applied = g_wanted;
  apply_colours(style, colours());
  return true;
}

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

  apply_colours(style, colours());
}

std::vector<ColourPair> colour_pairs(PaletteKind kind) {
  const bool high = kind == PaletteKind::high_contrast;
  const float text = high ? 7.0f : 4.5f;
  const float control = high ? 4.5f : 3.0f;
  const Palette& p = palette_of(kind);
  std::vector<ColourPair> pairs = {
      {"text on the page", p.text, p.background, text},
      {"text on a card", p.text, p.surface, text},
      {"muted text on the page", p.muted_text, p.background, text},
      {"muted text on a card", p.muted_text, p.surface, text},
      {"read-only field text", p.muted_text, p.disabled_field, text},
      {"link on a card", p.accent, p.surface, text},
      {"link on the page", p.accent, p.background, text},
      {"selected navigation entry", p.accent, p.accent_tint, text},
      {"text on a hovered button", p.text, p.accent_tint, text},
      {"primary button", p.on_accent, p.accent, text},
      {"primary button, hovered", p.on_accent, p.accent_hover, text},
      {"primary button, pressed", p.on_accent, p.accent_active, text},
      {"error message", p.error_text, p.error_tint, text},
      {"finding under a field", p.error_text, p.surface, text},
      {"finding on the page", p.error_text, p.background, text},
      {"success message", p.success_text, p.success_tint, text},
      {"success chip on a card", p.success_text, p.surface, text},
      {"warning message", p.warning_text, p.warning_tint, text},
      {"warning under a field", p.warning_text, p.surface, text},
      {"field edge on a card", p.field_border, p.surface, control},
      {"field edge on the page", p.field_border, p.background, control},
      {"focus ring on a card", p.accent, p.surface, control},
      {"focus ring on the page", p.accent, p.background, control},
      {"checkbox edge", p.muted_text, p.surface, control},
      {"check mark", p.on_accent, p.accent, control},
      {"past day in the calendar", p.past_day, p.surface, text},
      {"past day in the calendar, hovered", p.past_day, p.accent_tint, text},
      // The "by age" chart's segments (stats_charts.cpp, WCAG 1.4.11): each touches the card
      // (the gap between segments, the space between bars) and the bar's track, never another
      // segment; and each holds its count in white.
      {"age band 0-5 on a card", p.success_text, p.surface, control},
      {"age band 6-10 on a card", p.accent, p.surface, control},
      {"age band 11-20 on a card", p.warning_text, p.surface, control},
      {"age band 21+ on a card", p.error_text, p.surface, control},
      {"age band 0-5 on the track", p.success_text, p.accent_tint, control},
      {"age band 6-10 on the track", p.accent, p.accent_tint, control},
      {"age band 11-20 on the track", p.warning_text, p.accent_tint, control},
      {"age band 21+ on the track", p.error_text, p.accent_tint, control},
      {"count in age band 0-5", p.on_accent, p.success_text, text},
      {"count in age band 6-10", p.on_accent, p.accent, text},
      {"count in age band 11-20", p.on_accent, p.warning_text, text},
      {"count in age band 21+", p.on_accent, p.error_text, text},
  };
  if (high) {
    // Dividers and the lighter backgrounds of ImGui's style: decorative or left to the
    // standard look's hand check, but promised dark and readable in high contrast.
    const std::vector<ColourPair> more = {
        {"divider on a card", p.border, p.surface, control},
        {"muted text on a table header", p.muted_text, p.table_header, text},
        {"muted text on a hovered field", p.muted_text, p.field_hover, text},
        {"table line on a card", p.table_border_light, p.surface, control},
        {"text on selected text's background", p.text, p.selection, text},
    };
    pairs.insert(pairs.end(), more.begin(), more.end());
  }
  return pairs;
}

}  // namespace anskaffa::web::theme
