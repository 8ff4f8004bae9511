// The registers' editors as parts of their screens: the catalogue entry's page draws the
// decision's and the units' editors (entry_editor.cpp), the agreements screen the new
// agreement's form and an agreement's changes (agreement_editor.cpp). Each offers itself only
// to the users the core allows (registers.h).
#pragma once

#include "web/app.h"

namespace anskaffa::web {

// Under the decision's card: "Ändra beslut" for a reviewer, or the editor once opened.
void draw_entry_editor(App& state);
// Inside a unit's part of the entry: "Ändra" for its principal or a reviewer, or the editor.
void draw_usage_editor(App& state, const api::CatalogUsage& usage);
// The entry page's notice of the last save, if any.
void draw_entry_notice(App& state);

// The agreements screen: "Nytt avtal" and its form, for those who manage agreements.
void draw_new_agreement(App& state);
// In the open agreement's details: renew, terminate and edit, and the chosen one's form.
void draw_agreement_changes(App& state, const api::Agreement& agreement);

}  // namespace anskaffa::web
