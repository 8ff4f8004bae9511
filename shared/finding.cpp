#include "shared/finding.h"

#include <algorithm>

namespace anskaffa {

std::string_view severity_key(Severity severity) {
  return severity == Severity::error ? "error" : "warning";
}

bool has_errors(const Findings& findings) {
  return std::any_of(findings.begin(), findings.end(),
                     [](const Finding& f) { return f.severity == Severity::error; });
}

Finding make_finding(Lang lang, std::string_view field, std::string_view code, Severity severity,
                     TextValues values) {
  if (!field.empty()) {
    values.emplace_back("label", std::string(text(lang, "field." + std::string(field) + ".label")));
  }
  return {std::string(field), std::string(code), severity,
          format_text(lang, "finding." + std::string(code), values)};
}

}  // namespace anskaffa
