// One field of the registers' editors (entry decision, unit usage, agreements): its label
// above, the text field (with a calendar button for a date) and the findings under it, in the
// request form's look. The probe sees the field with its value and the codes of its findings.
#pragma once

#include <string>
#include <string_view>

#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::web {

enum class EditKind { text, multiline, date };

struct EditFieldView {
  std::string_view id;     // the probe's id
  std::string_view label;  // in the user's language
  EditKind kind = EditKind::text;
  bool required = false;
  Lang lang = Lang::sv;
};

struct EditEvents {
  bool changed = false;  // the value changed this frame
  bool left = false;     // the user left the field: its findings are shown from now on
};

EditEvents edit_field(const EditFieldView& view, std::string& value, const Findings& shown);

}  // namespace anskaffa::web
