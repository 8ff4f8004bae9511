// Findings as the user sees them under a field or in the summary: an icon whose shape tells
// the severity (a round "!" for an error, a triangle for a warning, so colour is not the only
// signal), then the message, wrapped, in the severity's colour.
#pragma once

#include <imgui.h>

#include <span>
#include <string_view>

#include "shared/finding.h"

namespace anskaffa::web::ui {

void finding_icon(ImDrawList* draw, ImVec2 centre, Severity severity);

// One line per finding, each a probe "text" with the id `<id_prefix>.<code>`.
void finding_lines(std::string_view id_prefix, std::span<const Finding> findings);

// The ids of the findings' codes, for a field's probe tag.
std::vector<std::string> finding_codes(std::span<const Finding> findings);

}  // namespace anskaffa::web::ui
