// A link: accent-coloured text, underlined under the pointer, that acts on a click or Enter,
// such as a file to download. The probe sees it as a "link" with a stable id and a value.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

namespace anskaffa::web::ui {

// True when the link was activated this frame. The text wraps within the column.
bool link(std::string_view id, std::string_view label, nlohmann::json value = nullptr);

}  // namespace anskaffa::web::ui
