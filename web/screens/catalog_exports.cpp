// The catalogue screen's CSV downloads (SPEC 5's exports) for reviewers and security
// coordinators: the catalogue, and the register of which units use which resource. The files
// come in the language the app shows, which a download the browser starts would not say.
#include <imgui.h>

#include "shared/registers.h"
#include "shared/texts.h"
#include "web/api/catalog.h"
#include "web/app.h"
#include "web/platform/platform.h"
#include "web/screens/catalog_parts.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_catalog_exports(App& state) {
  if (!state.user || !may(api::core_user(*state.user), RegisterAccess::export_registers)) return;
  const Lang lang = state.lang;
  // The label sits close above its buttons, as a filter's label does above its list.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 8));
  ui::text("catalog.export.title", text(lang, "catalog.export.title"), ui::TextStyle::muted);
  bool first = true;
  for (const std::string_view name : {"catalog", "usage"}) {
    const std::string id = "catalog.export." + std::string(name);
    const std::string_view label = text(lang, id);
    if (!first) {
      ui::same_line_or_wrap(ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + 36);
    }
    first = false;
    if (ui::button(id, label, ui::ButtonStyle::secondary)) {
      download_url(api::export_url(name, lang));
    }
  }
  ImGui::PopStyleVar();
  ImGui::Dummy(ImVec2(0, 20));
}

}  // namespace anskaffa::web
