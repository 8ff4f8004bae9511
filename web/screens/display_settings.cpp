// The display settings, offered where every screen has them: in the navigation (rail or menu)
// once signed in, and under the sign-in card before that. The high-contrast toggle, and a
// button to a dialog that sets the typeface and the text spacing (WCAG 1.4.5, 1.4.12: text
// drawn on a canvas cannot be restyled by the user's own style sheet, so the app restyles it).
#include <imgui.h>

#include <string>

#include "shared/texts.h"
#include "web/display_choice.h"
#include "web/fonts.h"
#include "web/screens/screens.h"
#include "web/ui/dialog.h"
#include "web/ui/probe.h"
#include "web/ui/toggle.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

constexpr const char* kTextDialog = "###text_settings";

// A labelled group of radio buttons, one option per line; the probe's group is `id`, its
// options `id.<option>`.
template <typename Draw>
void option_group(const std::string& id, std::string_view label, Draw draw_options) {
  ui::text(id + ".label", label);
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::BeginGroup();
  draw_options();
  ImGui::EndGroup();
  probe::tag_rect({.id = id, .label = std::string(label), .kind = probe::Kind::group},
                  ImRect(start, ImVec2(start.x + width, ImGui::GetItemRectMax().y)));
}

std::string_view typeface_label(Lang lang, fonts::Typeface face, std::string& owned) {
  if (face != fonts::Typeface::noto_sans) return fonts::typeface_name(face);
  owned = std::string(fonts::typeface_name(face)) + " (" +
          std::string(text(lang, "display.standard")) + ")";
  return owned;
}

}  // namespace

void draw_display_settings(App& state, float width) {
  const float x = ImGui::GetCursorPosX();
  if (ui::toggle_button("contrast_toggle", text(state.lang, "display.high_contrast"),
                        high_contrast_on(), width)) {
    toggle_contrast();
  }
  ImGui::SetCursorPosX(x);
  if (ui::button("text_settings", text(state.lang, "display.text_settings"),
                 ui::ButtonStyle::secondary, width)) {
    state.text_settings_open = true;
  }
}

void draw_text_settings_dialog(App& state) {
  if (!ui::begin_dialog(kTextDialog, state.text_settings_open, 480)) return;
  const Lang lang = state.lang;
  fonts::TextLook look = text_look();
  bool changed = false;
  ui::text("text_settings.title", text(lang, "display.text_settings_title"),
           ui::TextStyle::heading);
  ui::text("text_settings.intro", text(lang, "display.text_settings_intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 4));
  option_group("text_settings.typeface", text(lang, "display.typeface"), [&] {
    for (fonts::Typeface face : fonts::kTypefaces) {
      std::string owned;
      if (ui::radio("text_settings.typeface." + std::string(fonts::typeface_key(face)),
                    typeface_label(lang, face, owned), look.face == face)) {
        look.face = face;
        changed = true;
      }
    }
  });
  ImGui::Dummy(ImVec2(0, 4));
  option_group("text_settings.spacing", text(lang, "display.spacing"), [&] {
    if (ui::radio("text_settings.spacing.normal", text(lang, "display.spacing_normal"),
                  !look.wide_spacing)) {
      look.wide_spacing = false;
      changed = true;
    }
    if (ui::radio("text_settings.spacing.wide", text(lang, "display.spacing_wide"),
                  look.wide_spacing)) {
      look.wide_spacing = true;
      changed = true;
    }
  });
  // A face is fetched when first chosen: say so while it comes, and if it could not.
  switch (fonts::face_status(look.face)) {
    case fonts::FaceStatus::loading:
      ui::text("text_settings.status", text(lang, "display.typeface_loading"));
      probe::mark_status("text_settings.status", "text_settings");
      break;
    case fonts::FaceStatus::failed:
      ui::text("text_settings.status", text(lang, "display.typeface_failed"),
               ui::TextStyle::error);  // an error, announced as such
      probe::mark_status_silent("text_settings");
      if (ui::button("text_settings.retry", text(lang, "display.try_again"),
                     ui::ButtonStyle::secondary)) {
        fonts::choose(look);
      }
      break;
    default:
      probe::mark_status_silent("text_settings");
      break;
  }
  ImGui::Dummy(ImVec2(0, 8));
  const bool close = ui::button("text_settings.close", text(lang, "display.close"));
  probe::mark_cancel("text_settings.close");
  ImGui::EndPopup();
  if (changed) choose_text_look(look);
  if (close || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) state.text_settings_open = false;
}

}  // namespace anskaffa::web
