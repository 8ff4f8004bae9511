// A calm, honest empty state: a framed area saying there is nothing to show yet.
#pragma once

#include "shared/lang.h"

namespace anskaffa::web {

void draw_empty_state(Lang lang);

}  // namespace anskaffa::web
