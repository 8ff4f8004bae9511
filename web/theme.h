// Anskaffa's look: a calm light theme with one accent colour, a municipal blue, and its high
// contrast twin. The colours are here once; screens ask for them by role, never by value.
#pragma once

#include <imgui.h>

#include <vector>

namespace anskaffa::web::theme {

// Colours by role. Screens ask colours() for the palette in use and never hold a value of
// their own, so that switching palettes (high contrast, WCAG 1.4.3/1.4.11) reaches everything.
struct Palette {
  ImVec4 background;  // the page
  ImVec4 surface;     // cards, bars, fields
  ImVec4 border;      // dividers
  // The edge of a field or button: 3:1 against the page and cards at least (WCAG 1.4.11).
  ImVec4 field_border;
  ImVec4 text;
  ImVec4 muted_text;
  ImVec4 accent;
  ImVec4 accent_hover;
  ImVec4 accent_active;
  ImVec4 accent_tint;     // selection, hover
  ImVec4 accent_pressed;  // a button or header held down
  ImVec4 on_accent;
  ImVec4 error_text;
  ImVec4 error_tint;
  ImVec4 success_text;
  ImVec4 success_tint;
  ImVec4 warning_text;  // warnings and medium risk
  ImVec4 warning_tint;
  // Days gone by in a calendar: lighter than a day to come, still readable on white and on the
  // hover tint (WCAG 1.4.3; they can be pressed, so they are not exempt as disabled).
  ImVec4 past_day;
  ImVec4 disabled_field;  // read-only fields
  // The light lines and dots of a chart's fill patterns, over its dark band colours.
  ImVec4 chart_pattern;
  ImVec4 field_hover;  // a hovered field, a table's alternate row
  ImVec4 table_header;
  ImVec4 table_border_light;
  ImVec4 selection;  // selected text in a field
  ImVec4 dim;        // behind a modal dialog
};

constexpr ImVec4 rgb(unsigned hex, float alpha = 1.0f) {
  return {static_cast<float>((hex >> 16) & 0xFF) / 255.0f,
          static_cast<float>((hex >> 8) & 0xFF) / 255.0f, static_cast<float>(hex & 0xFF) / 255.0f,
          alpha};
}

// A calm light look with one accent colour, a municipal blue.
inline constexpr Palette kStandard = {
    .background = {0.957f, 0.965f, 0.976f, 1.0f},  // #F4F6F9
    .surface = {1.0f, 1.0f, 1.0f, 1.0f},
    .border = {0.812f, 0.839f, 0.875f, 1.0f},        // #CFD6DF
    .field_border = {0.490f, 0.529f, 0.600f, 1.0f},  // #7D8799
    .text = {0.118f, 0.141f, 0.188f, 1.0f},          // #1E2430
    .muted_text = {0.357f, 0.396f, 0.463f, 1.0f},    // #5B6576
    .accent = {0.090f, 0.333f, 0.627f, 1.0f},        // #1755A0
    .accent_hover = {0.067f, 0.275f, 0.537f, 1.0f},
    .accent_active = {0.051f, 0.220f, 0.443f, 1.0f},
    .accent_tint = {0.902f, 0.933f, 0.976f, 1.0f},
    .accent_pressed = {0.835f, 0.878f, 0.945f, 1.0f},
    .on_accent = {1.0f, 1.0f, 1.0f, 1.0f},
    .error_text = {0.659f, 0.114f, 0.106f, 1.0f},  // #A81D1B
    .error_tint = {0.992f, 0.929f, 0.925f, 1.0f},
    .success_text = {0.118f, 0.420f, 0.220f, 1.0f},  // #1E6B38
    .success_tint = {0.914f, 0.961f, 0.929f, 1.0f},  // #E9F5ED
    // Amber dark enough to read as text on white (5.9:1).
    .warning_text = {0.545f, 0.333f, 0.0f, 1.0f},    // #8B5500
    .warning_tint = {0.996f, 0.957f, 0.886f, 1.0f},  // #FEF4E2
    .past_day = {0.384f, 0.424f, 0.486f, 1.0f},      // #626C7C, 4.5:1 on the hover tint
    .disabled_field = {0.945f, 0.953f, 0.965f, 1.0f},
    .chart_pattern = {1.0f, 1.0f, 1.0f, 0.55f},
    .field_hover = {0.976f, 0.980f, 0.988f, 1.0f},   // #F9FAFC
    .table_header = {0.937f, 0.945f, 0.961f, 1.0f},  // #EFF1F5
    .table_border_light = {0.898f, 0.914f, 0.933f, 1.0f},
    .selection = {0.710f, 0.800f, 0.925f, 1.0f},
    .dim = {0.118f, 0.141f, 0.188f, 0.35f},
};

// For people who ask their system for more contrast: white surfaces, black text, dark edges
// and a navy accent; text 7:1 on every background it meets, edges and marks 4.5:1 (WCAG
// 1.4.6's level, above AA's 4.5 and 3).
inline constexpr Palette kHighContrast = {
    .background = rgb(0xFFFFFF),
    .surface = rgb(0xFFFFFF),
    .border = rgb(0x666666),
    .field_border = rgb(0x000000),
    .text = rgb(0x000000),
    .muted_text = rgb(0x404040),
    .accent = rgb(0x00307A),  // navy
    .accent_hover = rgb(0x001F5C),
    .accent_active = rgb(0x00143D),
    .accent_tint = rgb(0xDCE6F5),
    .accent_pressed = rgb(0xC2D3EE),
    .on_accent = rgb(0xFFFFFF),
    .error_text = rgb(0x8A0000),
    .error_tint = rgb(0xFDECEC),
    .success_text = rgb(0x0B4A1F),
    .success_tint = rgb(0xE6F4EA),
    .warning_text = rgb(0x5C3800),
    .warning_tint = rgb(0xFDF1DC),
    .past_day = rgb(0x4A4A4A),
    .disabled_field = rgb(0xF0F0F0),
    .chart_pattern = rgb(0xFFFFFF, 0.8f),
    .field_hover = rgb(0xF5F5F5),
    .table_header = rgb(0xE8E8E8),
    .table_border_light = rgb(0x767676),
    .selection = rgb(0xA8C4F0),
    .dim = rgb(0x000000, 0.5f),
};

enum class PaletteKind { standard, high_contrast };

// The palette in use. It changes only between frames (use_palette), so a frame is drawn in one.
const Palette& colours();
PaletteKind palette();
const Palette& palette_of(PaletteKind kind);

// Asks for `kind` from the next frame on; a frame half drawn keeps its palette, since ImGui's
// pushed colours would otherwise be restored to the old one.
void use_palette(PaletteKind kind);
// Before a frame: sets the ImGui style's colours to the palette asked for. True when it changed.
bool apply_pending_palette(ImGuiStyle& style);

// Sizes in CSS pixels; font sizes as CSS font-size (the em), as a browser would size them.
inline constexpr float kBodySize = 15.0f;
inline constexpr float kHeadingSize = 20.0f;
inline constexpr float kTitleSize = 26.0f;
inline constexpr float kTopBarHeight = 56.0f;
inline constexpr float kRounding = 6.0f;
inline constexpr float kRailWidth = 236.0f;     // the navigation rail on wide windows
inline constexpr float kNarrowWidth = 880.0f;   // below it the rail folds into a menu
inline constexpr float kContentWidth = 760.0f;  // the form's column, for a readable line length

// The whole style: sizes, and the colours of the palette in use.
void apply(ImGuiStyle& style);

// A foreground the app draws on a background, for the contrast check of WCAG 1.4.3 and 1.4.11
// (tests/web/accessibility.test.mjs computes each ratio). `minimum` is what the pair needs:
// 4.5 for body text, 3 for large text and for the edges and marks of controls; in high
// contrast 7 and 4.5.
struct ColourPair {
  const char* name;
  ImVec4 foreground;
  ImVec4 background;
  float minimum;
};
std::vector<ColourPair> colour_pairs(PaletteKind kind);

}  // namespace anskaffa::web::theme
