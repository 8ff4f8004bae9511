// A finding of validation: which field, what is wrong (a fixed code of SPEC 3.1), whether it
// blocks submission, and a message in the user's language.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "shared/lang.h"
#include "shared/texts.h"

namespace anskaffa {

enum class Severity { error, warning };
std::string_view severity_key(Severity severity);

struct Finding {
  std::string field;  // a field key of SPEC 2, or "" for the request as a whole
  std::string code;
  Severity severity = Severity::error;
  std::string message;

  bool operator==(const Finding&) const = default;
};

using Findings = std::vector<Finding>;

bool has_errors(const Findings& findings);

// A finding with its message from the catalogue ("finding.<code>"), where {label} is the
// field's label and values fill the other placeholders.
Finding make_finding(Lang lang, std::string_view field, std::string_view code, Severity severity,
                     TextValues values = {});

}  // namespace anskaffa
