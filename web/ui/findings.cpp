#include "web/ui/findings.h"

#include <imgui_internal.h>

#include <string>
#include <vector>

#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"

namespace anskaffa::web::ui {
namespace {

constexpr float kIconSize = 16;

}  // namespace

void finding_icon(ImDrawList* draw, ImVec2 centre, Severity severity) {
  const float r = kIconSize * 0.5f;
  const ImU32 white = ImGui::GetColorU32(theme::colours().on_accent);
  if (severity == Severity::error) {
    draw->AddCircleFilled(centre, r, ImGui::GetColorU32(theme::colours().error_text), 20);
  } else {
    draw->AddTriangleFilled(ImVec2(centre.x, centre.y - r - 0.5f),
                            ImVec2(centre.x + r + 1, centre.y + r - 0.5f),
                            ImVec2(centre.x - r - 1, centre.y + r - 0.5f),
                            ImGui::GetColorU32(theme::colours().warning_text));
  }
  // The "!" drawn, not typed: it stays centred whatever the font's metrics.
  const float top = severity == Severity::error ? centre.y - r * 0.55f : centre.y - r * 0.3f;
  draw->AddRectFilled(ImVec2(centre.x - 1, top), ImVec2(centre.x + 1, centre.y + r * 0.2f), white);
  draw->AddRectFilled(ImVec2(centre.x - 1, centre.y + r * 0.38f),
                      ImVec2(centre.x + 1, centre.y + r * 0.38f + 2), white);
}

void finding_lines(std::string_view id_prefix, std::span<const Finding> findings) {
  for (const Finding& finding : findings) {
    const float width = ImGui::GetContentRegionAvail().x;
    const float indent = kIconSize + 8;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 size =
        ImGui::CalcTextSize(finding.message.data(), finding.message.data() + finding.message.size(),
                            false, width - indent);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    finding_icon(draw, ImVec2(pos.x + kIconSize * 0.5f, pos.y + line * 0.5f), finding.severity);
    parts::draw_text(ImVec2(pos.x + indent, pos.y), finding.message,
                     finding.severity == Severity::error ? theme::colours().error_text
                                                         : theme::colours().warning_text,
                     width - indent);
    ImGui::Dummy(ImVec2(indent + size.x, ImMax(size.y, line)));
    std::string id(id_prefix);
    id += '.';
    id += finding.code;
    probe::tag_last_item(
        {.id = std::move(id),
         .label = finding.message,
         .kind = probe::Kind::text,
         .value = std::string(severity_key(finding.severity)),
         .role = finding.severity == Severity::error ? probe::Role::error : probe::Role::warning});
    ImGui::Dummy(ImVec2(0, 2));
  }
}

std::vector<std::string> finding_codes(std::span<const Finding> findings) {
  std::vector<std::string> codes;
  for (const Finding& finding : findings) codes.push_back(finding.code);
  return codes;
}

}  // namespace anskaffa::web::ui
