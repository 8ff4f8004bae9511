// A calendar button for a date field (see date_picker.cpp).
#pragma once

#include <string>
#include <string_view>

#include "shared/lang.h"

namespace anskaffa::web::ui {

// The button and, once pressed, its popup month. True when a day was picked: `text` then
// holds it as YYYY-MM-DD. Probe ids: "<id>.calendar.open", "<id>.calendar.<YYYY-MM-DD>",
// "<id>.calendar.previous" and ".next".
bool date_picker(std::string_view id, Lang lang, std::string& text);

}  // namespace anskaffa::web::ui
