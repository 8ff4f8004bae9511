// How a catalogue entry's facts read, the same on the catalogue's rows, an entry's page and
// the request form's suggestions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "shared/lang.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

struct App;

// The grade levels' labels, joined: "F–3, Åk 4–6".
std::string grade_levels_text(Lang lang, const std::vector<std::string>& keys);
// "Används inte av någon enhet", "1 enhet", "4 enheter".
std::string units_text(Lang lang, std::int64_t count);
// Green approved, amber with conditions, grey phased out, red not approved.
ui::Tone catalog_status_tone(std::string_view status);
// The CSV downloads of the catalogue and of the units' use, for those who may export them.
void draw_catalog_exports(App& state);

}  // namespace anskaffa::web
