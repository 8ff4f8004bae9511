#include "web/screens/catalog_parts.h"

#include "shared/texts.h"

namespace anskaffa::web {

std::string grade_levels_text(Lang lang, const std::vector<std::string>& keys) {
  std::string joined;
  for (const std::string& key : keys) {
    if (!joined.empty()) joined += ", ";
    joined += text(lang, "option.grade_levels." + key);
  }
  return joined;
}

std::string units_text(Lang lang, std::int64_t count) {
  if (count == 0) return std::string(text(lang, "catalog.units.none"));
  if (count == 1) return std::string(text(lang, "catalog.units.one"));
  return format_text(lang, "catalog.units.many", {{"count", std::to_string(count)}});
}

ui::Tone catalog_status_tone(std::string_view status) {
  if (status == "approved") return ui::Tone::success;
  if (status == "approved_with_conditions") return ui::Tone::warning;
  if (status == "not_approved") return ui::Tone::error;
  return ui::Tone::neutral;
}

}  // namespace anskaffa::web
