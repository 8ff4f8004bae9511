#include "web/ui/card.h"

#include <imgui_internal.h>

#include <vector>

#include "web/theme.h"

namespace anskaffa::web::ui {
namespace {

struct OpenCard {
  ImVec2 start;
  float width = 0;
  float padding = 0;
  float work_max_x = 0;
  float content_max_x = 0;
};

std::vector<OpenCard> g_cards;  // cards nest rarely, but a stack costs nothing

}  // namespace

void begin_card(float padding) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  OpenCard card;
  card.start = ImGui::GetCursorScreenPos();
  card.width = ImGui::GetContentRegionAvail().x;
  if (padding <= 0) padding = card.width < 480 ? 20 : 28;
  card.padding = padding;
  card.work_max_x = window->WorkRect.Max.x;
  card.content_max_x = window->ContentRegionRect.Max.x;
  window->DrawList->ChannelsSplit(2);
  window->DrawList->ChannelsSetCurrent(1);
  // The contents end `padding` short of the card's right edge: full-width widgets and wrapped
  // text measure from the content region.
  window->WorkRect.Max.x = card.start.x + card.width - padding;
  window->ContentRegionRect.Max.x = window->WorkRect.Max.x;
  ImGui::SetCursorScreenPos(ImVec2(card.start.x + padding, card.start.y + padding));
  ImGui::BeginGroup();
  g_cards.push_back(card);
}

void end_card() {
  if (g_cards.empty()) return;
  const OpenCard card = g_cards.back();
  g_cards.pop_back();
  ImGui::EndGroup();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float bottom = ImGui::GetItemRectMax().y + card.padding;
  window->WorkRect.Max.x = card.work_max_x;
  window->ContentRegionRect.Max.x = card.content_max_x;
  window->DrawList->ChannelsSetCurrent(0);
  const ImVec2 max(card.start.x + card.width, bottom);
  const float rounding = theme::kRounding + 2;
  window->DrawList->AddRectFilled(card.start, max, ImGui::GetColorU32(theme::colours().surface),
                                  rounding);
  window->DrawList->AddRect(card.start, max, ImGui::GetColorU32(theme::colours().border), rounding);
  window->DrawList->ChannelsMerge();
  ImGui::SetCursorScreenPos(card.start);
  ImGui::Dummy(ImVec2(card.width, bottom - card.start.y));
}

}  // namespace anskaffa::web::ui
