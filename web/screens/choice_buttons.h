// A row of choice buttons that wraps onto a new line where the column ends (a narrow window
// holds only two or three), the chosen one filled: the registers' filters and the statistics'
// stage.
#pragma once

#include <string_view>

namespace anskaffa::web {

// One button of the row; `first` starts the row. True when an unchosen button was pressed.
bool choice_button(std::string_view id, std::string_view label, bool chosen, bool first);

}  // namespace anskaffa::web
