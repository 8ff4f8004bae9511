// Every text a user reads, keyed, in Swedish and English. The keys are English identifiers
// ("field.resource_name.label", "finding.required"); the catalogue is in texts_catalog.cpp.
// A message may hold {placeholders}, filled by format_text.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "shared/lang.h"

namespace anskaffa {

struct TextEntry {
  std::string_view key;
  std::string_view sv;
  std::string_view en;
};

// The whole catalogue, sorted by key (checked by a test).
std::span<const TextEntry> text_catalog();

// The text for key in lang. An unknown key returns the key itself, so a gap is visible on
// screen rather than blank, and the completeness test catches it.
std::string_view text(Lang lang, std::string_view key);

using TextValues = std::vector<std::pair<std::string_view, std::string>>;

// text() with each "{name}" replaced by its value.
std::string format_text(Lang lang, std::string_view key, const TextValues& values);

}  // namespace anskaffa
