// One field of the request form, drawn from its definition in the core (shared/form.h): its
// label with a required marker, its help text, the widget its type calls for, and the
// findings shown under it. Nothing here knows a particular field; adding a field to the core
// adds it to the form.
#pragma once

#include <functional>

#include "shared/finding.h"
#include "shared/form.h"
#include "web/app.h"
#include "web/draft/draft.h"

namespace anskaffa::web {

struct FieldView {
  Lang lang = Lang::sv;
  const Units* units = nullptr;
  bool read_only = false;
  // The findings to show under the field. Asked again after the widget, which may have just
  // changed the draft (and had it checked again through on_change).
  std::function<Findings()> findings;
  std::function<void()> on_change;
};

struct FieldOutcome {
  bool changed = false;
  bool left = false;  // the user left the field (it counts as visited)
};

FieldOutcome draw_form_field(const FieldDef& field, Draft& draft, const FieldView& view);

// The label of a field in the user's language.
std::string_view field_label(Lang lang, std::string_view key);
// How a field's value reads in the summary: option labels, unit names, "Ja"/"Nej".
std::string field_display_value(const FieldDef& field, const Draft& draft, Lang lang,
                                const Units& units);

}  // namespace anskaffa::web
