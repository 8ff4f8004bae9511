// The intents behind the registers' editors (register_edits.cpp): open an editor with what is
// stored, ask the core for the findings on what is typed, and send it once the core has none.
// A 422's findings come back to the fields they name; after a save the page and the lists that
// show the change are asked again.
#pragma once

#include <cstdint>
#include <string_view>

#include "shared/finding.h"
#include "web/app.h"

namespace anskaffa::web {

// The findings to show under a field: the core's on what is typed once the user has left the
// field or pressed save, and the server's of the last refusal.
Findings shown_edit_findings(const Findings& core, const EditOutcome& outcome,
                             std::string_view field);
// After a field's widget: an edit makes the server's findings old, leaving it shows its own.
void field_edited(EditOutcome& outcome, std::string_view field, bool changed, bool left);

// Whether the editor's error stands: the server's refusal, or the findings still there.
bool error_shown(const EditOutcome& outcome, const Findings& core);

// A catalogue entry's decision (a reviewer's).
void open_entry_editor(App& state);
Findings entry_editor_findings(const App& state);
void save_entry_decision(App& state);

// A unit's use of the entry on screen (its principal's or a reviewer's).
void open_usage_editor(App& state, const api::CatalogUsage& usage);
Findings usage_editor_findings(const App& state, std::int64_t unit_id);
void save_usage(App& state, std::int64_t unit_id);

// The agreements register: a new agreement, and the open agreement's edit, renewal or
// termination.
void open_new_agreement(App& state);
Findings new_agreement_findings(const App& state);
void agreement_search_typed(App& state);
void save_new_agreement(App& state);
void open_agreement_change(App& state, const api::Agreement& agreement, AgreementEdit edit);
Findings agreement_change_findings(const App& state);
void save_agreement_change(App& state);

}  // namespace anskaffa::web
