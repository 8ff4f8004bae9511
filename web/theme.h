// Anskaffa's look: a calm light theme with one accent colour, a municipal blue. The colours
// are here once; screens ask for them by role, never by value.
#pragma once

#include <imgui.h>

#include <span>

namespace anskaffa::web::theme {

// Colours by role.
inline constexpr ImVec4 kBackground = {0.957f, 0.965f, 0.976f, 1.0f};  // #F4F6F9 page
inline constexpr ImVec4 kSurface = {1.0f, 1.0f, 1.0f, 1.0f};           // cards, bars, fields
inline constexpr ImVec4 kBorder = {0.812f, 0.839f, 0.875f, 1.0f};      // #CFD6DF dividers
// The edge of a field or button: 3:1 against the page and cards at least (WCAG 1.4.11).
inline constexpr ImVec4 kFieldBorder = {0.490f, 0.529f, 0.600f, 1.0f};  // #7D8799
inline constexpr ImVec4 kText = {0.118f, 0.141f, 0.188f, 1.0f};         // #1E2430
inline constexpr ImVec4 kMutedText = {0.357f, 0.396f, 0.463f, 1.0f};    // #5B6576
inline constexpr ImVec4 kAccent = {0.090f, 0.333f, 0.627f, 1.0f};       // #1755A0
inline constexpr ImVec4 kAccentHover = {0.067f, 0.275f, 0.537f, 1.0f};
inline constexpr ImVec4 kAccentActive = {0.051f, 0.220f, 0.443f, 1.0f};
inline constexpr ImVec4 kAccentTint = {0.902f, 0.933f, 0.976f, 1.0f};  // selection, hover
inline constexpr ImVec4 kOnAccent = {1.0f, 1.0f, 1.0f, 1.0f};
inline constexpr ImVec4 kErrorText = {0.659f, 0.114f, 0.106f, 1.0f};  // #A81D1B
inline constexpr ImVec4 kErrorTint = {0.992f, 0.929f, 0.925f, 1.0f};
inline constexpr ImVec4 kSuccessText = {0.118f, 0.420f, 0.220f, 1.0f};  // #1E6B38
inline constexpr ImVec4 kSuccessTint = {0.914f, 0.961f, 0.929f, 1.0f};  // #E9F5ED
// Amber dark enough to read as text on white (contrast 5.9:1), for warnings and medium risk.
inline constexpr ImVec4 kWarningText = {0.545f, 0.333f, 0.0f, 1.0f};    // #8B5500
inline constexpr ImVec4 kWarningTint = {0.996f, 0.957f, 0.886f, 1.0f};  // #FEF4E2
// Days gone by in a calendar: lighter than a day to come, still 4.5:1 on white and on the
// hover tint (WCAG 1.4.3; they can be pressed, so they are not exempt as disabled).
inline constexpr ImVec4 kPastDay = {0.384f, 0.424f, 0.486f, 1.0f};        // #626C7C
inline constexpr ImVec4 kDisabledField = {0.945f, 0.953f, 0.965f, 1.0f};  // read-only fields
// The light lines and dots of a chart's fill patterns, over its dark band colours.
inline constexpr ImVec4 kChartPattern = {1.0f, 1.0f, 1.0f, 0.55f};

// Sizes in CSS pixels; font sizes as CSS font-size (the em), as a browser would size them.
inline constexpr float kBodySize = 15.0f;
inline constexpr float kHeadingSize = 20.0f;
inline constexpr float kTitleSize = 26.0f;
inline constexpr float kTopBarHeight = 56.0f;
inline constexpr float kRounding = 6.0f;
inline constexpr float kRailWidth = 236.0f;     // the navigation rail on wide windows
inline constexpr float kNarrowWidth = 880.0f;   // below it the rail folds into a menu
inline constexpr float kContentWidth = 760.0f;  // the form's column, for a readable line length

void apply(ImGuiStyle& style);

// A foreground the app draws on a background, for the contrast check of WCAG 1.4.3 and 1.4.11
// (tests/web/accessibility.test.mjs computes each ratio). `minimum` is what the pair needs:
// 4.5 for body text, 3 for large text and for the edges and marks of controls.
struct ColourPair {
  const char* name;
  ImVec4 foreground;
  ImVec4 background;
  float minimum;
};
std::span<const ColourPair> colour_pairs();

}  // namespace anskaffa::web::theme
