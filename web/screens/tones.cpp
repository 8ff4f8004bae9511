#include "web/screens/tones.h"

namespace anskaffa::web {

ui::Tone state_tone(std::string_view state) {
  if (state == "approved" || state == "ordered" || state == "direct_purchase_allowed") {
    return ui::Tone::success;
  }
  if (state == "rejected" || state == "declined") return ui::Tone::error;
  if (state == "needs_completion") return ui::Tone::warning;
  if (state == "withdrawn") return ui::Tone::neutral;
  return ui::Tone::accent;
}

ui::Tone risk_tone(RiskLevel level) {
  switch (level) {
    case RiskLevel::low:
      return ui::Tone::success;
    case RiskLevel::medium:
      return ui::Tone::warning;
    case RiskLevel::high:
      break;
  }
  return ui::Tone::error;
}

ui::Tone risk_tone(std::string_view level) {
  if (level == "low") return ui::Tone::success;
  if (level == "medium") return ui::Tone::warning;
  return ui::Tone::error;
}

}  // namespace anskaffa::web
