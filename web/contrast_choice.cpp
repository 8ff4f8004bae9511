#include "web/contrast_choice.h"

#include <optional>
#include <string>

#include "web/platform/platform.h"
#include "web/platform/storage.h"
#include "web/theme.h"

namespace anskaffa::web {
namespace {

constexpr const char* kKey = "settings/contrast";
// IndexedDB answers in a few milliseconds; should it hang, the app starts in the system's
// palette rather than not at all.
constexpr double kWaitForStorageMs = 1000;

struct Choice {
  std::optional<bool> chosen;  // the user's own: high contrast or not
  bool system = false;         // the system's wish, as last read
  bool settled = false;
};

Choice& choice() {
  static Choice value;
  return value;
}

bool wanted() { return choice().chosen.value_or(choice().system); }

void follow() {
  choice().system = system_wants_more_contrast();
  const bool high = wanted();
  theme::use_palette(high ? theme::PaletteKind::high_contrast : theme::PaletteKind::standard);
  set_page_high_contrast(high);
  request_redraw();
}

void settle() {
  if (choice().settled) return;
  choice().settled = true;
  request_redraw();
}

}  // namespace

void contrast_init() {
  follow();
  on_system_contrast_changed(follow);
  storage_read(kKey, [](bool, const StorageRecords& records) {
    const auto found = records.find(kKey);
    if (found != records.end() && !choice().chosen) {
      // Stored as JSON text: "high" or "standard".
      if (found->second == "\"high\"") choice().chosen = true;
      if (found->second == "\"standard\"") choice().chosen = false;
    }
    follow();
    settle();
  });
  call_after(kWaitForStorageMs, settle);
}

bool contrast_settled() { return choice().settled; }

bool high_contrast_on() { return wanted(); }

void toggle_contrast() {
  choice().chosen = !wanted();
  storage_put(kKey, *choice().chosen ? "\"high\"" : "\"standard\"");
  follow();
}

}  // namespace anskaffa::web
