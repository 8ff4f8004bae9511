#include "web/screens/agreement_document.h"

#include <imgui.h>

#include <string>

#include "shared/registers.h"
#include "shared/texts.h"
#include "web/files_state.h"
#include "web/ui/link.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_agreement_document(App& state, const api::Agreement& agreement) {
  const Lang lang = state.lang;
  const std::string id = "agreement." + std::to_string(agreement.id);
  if (!agreement.documents.empty()) {
    ImGui::Dummy(ImVec2(0, 4));
    // The server hands out the newest document; it is the one in force.
    if (ui::link(id + ".document", text(lang, "files.download_signed"),
                 agreement.documents.front().name)) {
      download_agreement_document(agreement.id);
    }
  }
  if (!state.user || !may(api::core_user(*state.user), RegisterAccess::manage_agreements)) return;
  const Files& files = state.files;
  const bool this_one = files.agreement_id == agreement.id;
  const bool sending = files.agreement_document.sending;
  ImGui::Dummy(ImVec2(0, 8));
  if (ui::button(id + ".upload",
                 text(lang, this_one && sending ? "request.sending" : "files.upload_signed"),
                 ui::ButtonStyle::secondary, 0, !sending)) {
    upload_agreement_document(state, agreement.id);
  }
  if (!this_one) return;
  const FileUpload& upload = files.agreement_document;
  if (!upload.error.empty()) {
    ImGui::Dummy(ImVec2(0, 6));
    ui::text(id + ".upload.error", upload.error, ui::TextStyle::error);
  } else if (!upload.notice.empty() && !sending) {
    ImGui::Dummy(ImVec2(0, 6));
    ui::text(id + ".upload.notice", upload.notice, ui::TextStyle::success);
  }
}

}  // namespace anskaffa::web
