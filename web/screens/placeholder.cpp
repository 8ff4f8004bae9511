// The screens that are not built yet (catalogue, review queue, agreements, changes,
// statistics, administration): each has its title, a sentence on what it is for, and an empty
// state, so that navigating there is calm and honest rather than broken or a promise.
#include <imgui.h>

#include <string>

#include "shared/texts.h"
#include "web/screens/empty_state.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_empty_state(Lang lang) {
  const std::string_view message = text(lang, "screen.empty");
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = 160;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height),
                      ImGui::GetColorU32(theme::colours().surface), theme::kRounding + 2);
  draw->AddRect(pos, ImVec2(pos.x + width, pos.y + height),
                ImGui::GetColorU32(theme::colours().border), theme::kRounding + 2);
  // A simple tray drawn above the message, so the area reads as empty, not as failed.
  const ImVec2 centre(pos.x + width * 0.5f, pos.y + 58);
  const ImU32 line = ImGui::GetColorU32(theme::colours().border);
  draw->AddRect(ImVec2(centre.x - 26, centre.y - 14), ImVec2(centre.x + 26, centre.y + 14), line, 4,
                0, 2);
  draw->AddLine(ImVec2(centre.x - 26, centre.y), ImVec2(centre.x - 10, centre.y), line, 2);
  draw->AddLine(ImVec2(centre.x + 10, centre.y), ImVec2(centre.x + 26, centre.y), line, 2);
  draw->AddLine(ImVec2(centre.x - 10, centre.y), ImVec2(centre.x - 6, centre.y + 6), line, 2);
  draw->AddLine(ImVec2(centre.x + 10, centre.y), ImVec2(centre.x + 6, centre.y + 6), line, 2);
  draw->AddLine(ImVec2(centre.x - 6, centre.y + 6), ImVec2(centre.x + 6, centre.y + 6), line, 2);
  const float wrap = width - 48;
  const ImVec2 size =
      ImGui::CalcTextSize(message.data(), message.data() + message.size(), false, wrap);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + (width - size.x) * 0.5f, pos.y + 96));
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
  ui::text("empty_state", message, ui::TextStyle::muted);
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height));
  ImGui::Dummy(ImVec2(width, 0));
}

void draw_placeholder(App& state) {
  const Lang lang = state.lang;
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, screen_title_key(state.screen)), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  const std::string intro_key = "screen." + std::string(screen_key(state.screen)) + ".intro";
  ui::text("intro", text(lang, intro_key), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 24));
  draw_empty_state(lang);
  end_column();
}

}  // namespace anskaffa::web
