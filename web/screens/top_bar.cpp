// The bar above every screen: the app's name, whether the browser is offline, the language
// toggle and, once signed in, who is signed in and signing out (on a narrow window the menu
// button instead, whose menu holds the name and signing out), and before them all a skip link
// to the screen, seen while it has the keyboard.
#include <imgui.h>

#include <vector>

#include "shared/texts.h"
#include "web/fonts.h"
#include "web/platform/platform.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/probe.h"
#include "web/ui/skip_link.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

constexpr float kEdge = 24;       // space at the bar's left and right ends
constexpr float kButtonPad = 18;  // a button's padding, as ui::button draws it
constexpr float kGap = 12;

float text_width(std::string_view text) {
  return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

float button_width(std::string_view label) { return text_width(label) + 2 * kButtonPad; }

// As ui::chip draws it: padding 10 by 3 around the text.
float chip_width(std::string_view label) { return text_width(label) + 20; }
float chip_height() { return ImGui::GetTextLineHeight() + 6; }

}  // namespace

void draw_top_bar(App& state) {
  const Lang lang = state.lang;
  const float height = theme::kTopBarHeight;
  const bool narrow = ImGui::GetMainViewport()->Size.x < theme::kNarrowWidth;
  const bool signed_in = state.user.has_value() && state.screen != Screen::sign_in;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::colours().surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(narrow ? 16 : kEdge, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 0);
  ImGui::BeginChild("###top_bar", ImVec2(0, height), ImGuiChildFlags_AlwaysUseWindowPadding,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse |
                        ImGuiWindowFlags_NavFlattened);
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
  const float width = ImGui::GetWindowWidth();
  const float edge = narrow ? 16 : kEdge;

  // Tab's first stop once signed in: past the bar and the navigation to the screen itself.
  if (signed_in) {
    // Centred: a line of text and 8 px above and below it, as ui::skip_link pads it.
    ImGui::SetCursorPos(ImVec2(edge, (height - ImGui::GetTextLineHeight() - 16) * 0.5f));
    if (ui::skip_link("skip_to_content", text(lang, "nav.skip_to_content"))) {
      const ImGuiID first = probe::first_focusable_in(probe::Region::main);
      if (first != 0) probe::focus_when_drawn(first);
    }
  }

  // The right-hand items, from the bar's right end inwards: what they are and how wide.
  struct Item {
    enum class Kind { lang, sign_out, menu, name, online, queued } kind;
    std::string_view label;
  };
  std::vector<Item> right;
  right.push_back({Item::Kind::lang, text(lang, "lang.switch_to_other")});
  if (signed_in && narrow) right.push_back({Item::Kind::menu, text(lang, "nav.menu")});
  if (signed_in && !narrow) {
    right.push_back({Item::Kind::sign_out, text(lang, "signin.sign_out")});
    right.push_back({Item::Kind::name, state.user->name});
  }
  // Always shown (SPEC 6): whether the network is there, and what waits for it.
  const bool online = is_online();
  right.push_back({Item::Kind::online, text(lang, online ? "status.online" : "app.offline")});
  std::size_t queued = 0;
  for (const DraftRecord& record : state.drafts.list)
    queued += record.queued && state.user && belongs_to(record, state.user->id) ? 1 : 0;
  const std::string queued_text =
      format_text(lang, "status.queued", {{"count", std::to_string(queued)}});
  if (signed_in && queued > 0) right.push_back({Item::Kind::queued, queued_text});
  // Each item's width.
  std::vector<float> widths;
  float right_width = 0;
  for (const Item& item : right) {
    const bool is_button = item.kind == Item::Kind::lang || item.kind == Item::Kind::sign_out ||
                           item.kind == Item::Kind::menu;
    const bool is_chip = item.kind == Item::Kind::online || item.kind == Item::Kind::queued;
    widths.push_back(is_button ? button_width(item.label)
                     : is_chip ? chip_width(item.label)
                               : text_width(item.label));
    right_width += widths.back() + kGap;
  }

  // The brand, centred vertically, then the tagline beside it when there is room. On a very
  // narrow or zoomed window (320 CSS px, WCAG 1.4.10) the brand would lie under the status and
  // the buttons, which matter more: it is left out (the page's title still names the app).
  const std::string_view brand = text(lang, "app.name");
  ImGui::PushFont(fonts::get(fonts::Role::heading));
  const float brand_width = text_width(brand);
  ImGui::PopFont();
  const float brand_height =
      fonts::get(fonts::Role::heading)->FontSize * ImGui::GetIO().FontGlobalScale;
  const bool brand_fits = edge + brand_width + kGap + right_width + edge <= width;
  ImGui::SetCursorPosY((height - brand_height) * 0.5f);
  if (brand_fits) ui::text("app_name", brand, ui::TextStyle::brand);
  const std::string_view tagline = text(lang, "app.tagline");
  const float brand_right = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
  if (brand_fits && width > edge + 120 + text_width(tagline) + right_width + 40) {
    ImGui::SetCursorPos(ImVec2(brand_right + 20, (height - ImGui::GetTextLineHeight()) * 0.5f));
    ui::text("tagline", tagline, ui::TextStyle::muted);
  }

  const float button_height = ImGui::GetTextLineHeight() + 2 * 10;
  // Placed by position alone: SameLine() would carry a button's text baseline over to the
  // texts and set them lower than the buttons' labels. Drawn left to right, the order they
  // are read in, which is also the order of Tab and of the accessibility mirror.
  float x = width - edge - right_width + kGap;
  for (std::size_t at = right.size(); at-- > 0;) {
    const Item& item = right[at];
    const float item_width = widths[at];
    switch (item.kind) {
      case Item::Kind::lang:
      case Item::Kind::sign_out:
      case Item::Kind::menu: {
        ImGui::SetCursorPos(ImVec2(x, (height - button_height) * 0.5f));
        if (item.kind == Item::Kind::lang) {
          if (ui::button("lang_toggle", item.label, ui::ButtonStyle::quiet)) toggle_language(state);
          // Its label names the other language in that language ("English" on a Swedish page).
          probe::mark_lang("lang_toggle", lang == Lang::sv ? Lang::en : Lang::sv);
        } else if (item.kind == Item::Kind::sign_out) {
          if (ui::button("sign_out", item.label, ui::ButtonStyle::secondary)) sign_out(state);
        } else {
          const bool open = state.menu_open;
          if (ui::button("nav.menu", item.label,
                         open ? ui::ButtonStyle::primary : ui::ButtonStyle::secondary)) {
            state.menu_open = !open;
          }
          probe::mark_expanded("nav.menu", open);
        }
        break;
      }
      case Item::Kind::name:
        ImGui::SetCursorPos(ImVec2(x, (height - ImGui::GetTextLineHeight()) * 0.5f));
        ui::text("user_name", item.label, ui::TextStyle::muted);
        break;
      case Item::Kind::online:
      case Item::Kind::queued: {
        const bool is_online_item = item.kind == Item::Kind::online;
        const ui::Tone tone =
            is_online_item ? (online ? ui::Tone::success : ui::Tone::warning) : ui::Tone::accent;
        ImGui::SetCursorPos(ImVec2(x, (height - chip_height()) * 0.5f));
        if (is_online_item) {
          ui::chip("status.online", item.label, tone, online);
        } else {
          ui::chip("status.queued", item.label, tone, static_cast<std::int64_t>(queued));
        }
        break;
      }
    }
    x += item_width + kGap;
  }
  ImGui::EndChild();

  // The bar's lower edge, drawn by the full-window parent: a child clips its own drawing
  // short of its edges by half its padding.
  ImVec2 min = ImGui::GetItemRectMin();
  ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y - 1), ImVec2(max.x, max.y - 1),
                                      ImGui::GetColorU32(theme::colours().border));
}

}  // namespace anskaffa::web
