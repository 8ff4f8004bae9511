#include "web/ui/dialog.h"

#include <imgui.h>

#include <algorithm>

namespace anskaffa::web::ui {

bool begin_dialog(const char* id, bool wanted, float width) {
  if (wanted && !ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float shown = std::min(width, viewport->Size.x - 32);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(shown, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(28, 24));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12, 8));
  const bool open = ImGui::BeginPopupModal(id, nullptr,
                                           ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove |
                                               ImGuiWindowFlags_NoSavedSettings |
                                               ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PopStyleVar(2);
  if (open && !wanted) {
    ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return false;
  }
  return open;
}

}  // namespace anskaffa::web::ui
