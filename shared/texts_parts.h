// The text catalogue in parts, one per area; texts_catalog.cpp joins and sorts them. Internal
// to the core: everything outside reads texts through text().
#pragma once

#include <span>

#include "shared/texts.h"

namespace anskaffa::texts {

std::span<const TextEntry> form_texts();          // sections, field labels and help, options
std::span<const TextEntry> finding_texts();       // findings, risk levels and reasons, kinds
std::span<const TextEntry> app_texts();           // the app's own words: sign-in, navigation
std::span<const TextEntry> error_texts();         // the server's error messages
std::span<const TextEntry> screen_texts();        // the app's screens: navigation, form frame
std::span<const TextEntry> workflow_texts();      // states, actions, roles, refusals
std::span<const TextEntry> page_texts();          // lists of requests, a request's page, the queue
std::span<const TextEntry> agreement_texts();     // the agreements register, the audit trail
std::span<const TextEntry> register_texts();      // catalogue, change feed, exports
std::span<const TextEntry> notification_texts();  // notifications in the app and by e-mail
std::span<const TextEntry> register_screen_texts();  // the app's agreements, changes, statistics
std::span<const TextEntry> catalog_screen_texts();   // the app's catalogue screens, suggestions
std::span<const TextEntry> file_texts();  // attaching and downloading PDFs, choices from lists
std::span<const TextEntry> register_edit_texts();  // the app's editors of the registers
std::span<const TextEntry> admin_texts();    // users, roles and units: fields, refusals, screen
std::span<const TextEntry> offline_texts();  // drafts on the device, the queue, session prompts
std::span<const TextEntry> export_screen_texts();  // the app's CSV downloads of the registers
std::span<const TextEntry> journey_texts();  // completing a returned request, choosing agreements
std::span<const TextEntry> a11y_layout_texts();  // the accessibility mirror's tables and tabs
std::span<const TextEntry> a11y_status_texts();  // the mirror's status messages, session warning
std::span<const TextEntry> a11y_steps_texts();   // the form's steps and suggestions, for the mirror
std::span<const TextEntry> a11y_chart_texts();   // the statistics' charts as the mirror's tables
std::span<const TextEntry> display_texts();      // the app's display settings: contrast, text

}  // namespace anskaffa::texts
