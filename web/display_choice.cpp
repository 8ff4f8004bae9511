#include "web/display_choice.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "web/platform/platform.h"
#include "web/platform/storage.h"
#include "web/theme.h"

namespace anskaffa::web {
namespace {

constexpr const char* kPrefix = "settings/";
constexpr const char* kContrastKey = "settings/contrast";
constexpr const char* kTextKey = "settings/text";
// IndexedDB answers in a few milliseconds; should it hang, the app starts in the system's
// palette and the standard face rather than not at all.
constexpr double kWaitForStorageMs = 1000;

struct Choices {
  std::optional<bool> high_contrast;  // the user's own: high contrast or not
  bool system = false;                // the system's wish, as last read
  std::optional<fonts::TextLook> text;
  bool settled = false;
};

Choices& choices() {
  static Choices value;
  return value;
}

bool contrast_wanted() { return choices().high_contrast.value_or(choices().system); }

void follow_contrast() {
  choices().system = system_wants_more_contrast();
  const bool high = contrast_wanted();
  theme::use_palette(high ? theme::PaletteKind::high_contrast : theme::PaletteKind::standard);
  set_page_high_contrast(high);
  request_redraw();
}

void settle() {
  if (choices().settled) return;
  choices().settled = true;
  request_redraw();
}

// Stored as JSON: {"typeface": "andika", "spacing": "wide"}. Anything else is the standard
// look, field by field (a face a later release no longer has, say).
fonts::TextLook parse_text_look(const std::string& stored) {
  fonts::TextLook look;
  const nlohmann::json value = nlohmann::json::parse(stored, nullptr, false);
  if (!value.is_object()) return look;
  const auto face = value.find("typeface");
  for (fonts::Typeface known : fonts::kTypefaces) {
    if (face != value.end() && face->is_string() && *face == fonts::typeface_key(known)) {
      look.face = known;
    }
  }
  const auto spacing = value.find("spacing");
  look.wide_spacing = spacing != value.end() && spacing->is_string() && *spacing == "wide";
  return look;
}

std::string stored_text_look(const fonts::TextLook& look) {
  return nlohmann::json{{"typeface", fonts::typeface_key(look.face)},
                        {"spacing", look.wide_spacing ? "wide" : "normal"}}
      .dump();
}

}  // namespace

void display_init() {
  follow_contrast();
  on_system_contrast_changed(follow_contrast);
  storage_read(kPrefix, [](bool, const StorageRecords& records) {
    Choices& c = choices();
    const auto contrast = records.find(kContrastKey);
    if (contrast != records.end() && !c.high_contrast) {
      // Stored as JSON text: "high" or "standard".
      if (contrast->second == "\"high\"") c.high_contrast = true;
      if (contrast->second == "\"standard\"") c.high_contrast = false;
    }
    const auto text = records.find(kTextKey);
    if (text != records.end() && !c.text) {
      c.text = parse_text_look(text->second);
      fonts::choose(*c.text);
    }
    follow_contrast();
    settle();
  });
  call_after(kWaitForStorageMs, settle);
}

bool display_settled() { return choices().settled; }

bool high_contrast_on() { return contrast_wanted(); }

void toggle_contrast() {
  choices().high_contrast = !contrast_wanted();
  storage_put(kContrastKey, *choices().high_contrast ? "\"high\"" : "\"standard\"");
  follow_contrast();
}

fonts::TextLook text_look() { return choices().text.value_or(fonts::TextLook{}); }

void choose_text_look(const fonts::TextLook& look) {
  choices().text = look;
  storage_put(kTextKey, stored_text_look(look));
  fonts::choose(look);
}

}  // namespace anskaffa::web
