// The colours that say what a state or a risk level means, the same on every screen: decided
// for in green, against in red, waiting on the requester in amber, in progress in blue.
#pragma once

#include <string_view>

#include "shared/risk.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

ui::Tone state_tone(std::string_view state);
ui::Tone risk_tone(RiskLevel level);
ui::Tone risk_tone(std::string_view level);  // "low", "medium", "high"

}  // namespace anskaffa::web
