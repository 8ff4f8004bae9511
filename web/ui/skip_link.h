// A skip link (WCAG 2.4.1): the first stop of Tab, seen only while it has the keyboard's focus,
// so a keyboard user can pass the top bar and the navigation in one step. The mirror has it as
// the banner's first link.
#pragma once

#include <string_view>

namespace anskaffa::web::ui {

// Submits the link at the cursor; drawn over what lies there while focused. True when it was
// activated this frame.
bool skip_link(std::string_view id, std::string_view label);

}  // namespace anskaffa::web::ui
