// The admin screen's parts (admin.cpp draws the frame and the tabs): the users tab with its
// list and editor, the units tab, and a labelled field with the findings under it.
#pragma once

#include <string>
#include <string_view>

#include "shared/finding.h"
#include "web/admin_state.h"
#include "web/app.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {

void draw_admin_users(App& state);
void draw_admin_units(App& state);

// The findings of one field: the core's when `show_core` (the field was edited, or a save was
// tried), and the server's last ones for it.
Findings field_findings(const Findings& core, const Findings& server, std::string_view field,
                        bool show_core);

// A labelled one-line field with `shown` under it; the probe sees the field's id, its text
// and the codes of `shown`.
ui::FieldEvents admin_field(std::string_view id, std::string_view label, std::string& value,
                            const Findings& shown, const ui::TextInputOptions& options = {});

// A success note (what the last save did) or a refusal, as one line of text.
void admin_notice(std::string_view id, const std::string& notice, ui::TextStyle style);

}  // namespace anskaffa::web
