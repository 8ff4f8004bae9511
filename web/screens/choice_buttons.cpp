#include "web/screens/choice_buttons.h"

#include <imgui.h>

#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

bool choice_button(std::string_view id, std::string_view label, bool chosen, bool first) {
  if (!first) {
    // ui::button pads its label by 18 on each side.
    ui::same_line_or_wrap(ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + 36);
  }
  const bool pressed =
      ui::button(id, label, chosen ? ui::ButtonStyle::primary : ui::ButtonStyle::secondary);
  // Only the fill shows which is chosen; the mirror says it as aria-pressed.
  probe::mark_pressed(id, chosen);
  return pressed && !chosen;
}

}  // namespace anskaffa::web
