// One function per screen (and one for the bar above them); each draws into the content area
// draw_app() gives it.
#pragma once

#include "web/app.h"

namespace anskaffa::web {

void draw_top_bar(App& state);
void draw_sign_in(App& state);
void draw_signed_in(App& state);

}  // namespace anskaffa::web
