// A row of a list (the home screen's requests, the review queue): a full-width clickable area
// with a title, a muted line beneath, a chip at the right and, beside it, a short trailing
// text. Enter or a click opens what the row stands for. The probe sees it as a "row" with a
// stable id and a value.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "web/ui/widgets.h"

namespace anskaffa::web::ui {

struct RowContent {
  std::string_view title;
  std::string_view detail;  // the muted second line; may be empty
  std::string_view chip;    // empty: no chip
  Tone chip_tone = Tone::neutral;
  std::string_view trailing;  // e.g. "12 dagar"; may be empty
  Tone trailing_tone = Tone::neutral;
  // The probe id of the table (probe::mark_structure) the row is a row of in the accessibility
  // mirror, its cells the detail, the chip and the trailing text; empty: a row of no table.
  std::string_view table;
};

// True when the row was activated this frame.
bool list_row(std::string_view id, const RowContent& content, nlohmann::json value = nullptr);

}  // namespace anskaffa::web::ui
