// The parts of a request's page that deal with files and choices from the server's lists: the
// attachments with their download links and "Bifoga PDF", and the action inputs that are not
// typed (record_dpa's existing agreement and signed PDF, assign's assignee).
#pragma once

#include <string_view>

#include "shared/action_form.h"
#include "web/app.h"

namespace anskaffa::web {

void draw_request_attachments(App& state);

// Draws the input of a field of kind agreement, attachment or reviewer; false for other kinds.
bool draw_choice_field(App& state, const ActionField& field, std::string_view label);

// Whether the field is left out because the user chose another way of doing the action: a new
// DPA's details once an existing agreement is chosen.
bool field_replaced(const App& state, const ActionField& field);

}  // namespace anskaffa::web
