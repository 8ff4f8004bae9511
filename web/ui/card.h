// A card: a white, bordered, rounded area with padding around what is drawn inside it, sized
// to its contents. Its background is drawn after its contents (on a draw-list channel below
// them), since its height is known only then.
#pragma once

#include <imgui.h>

namespace anskaffa::web::ui {

// `padding` is on every side (by default 28, or 20 on a narrow column); the contents get the
// column's width less the padding.
void begin_card(float padding = 0);
void end_card();

}  // namespace anskaffa::web::ui
