// A person's search text as an FTS5 MATCH expression (SPEC 5, 9): the text is never query
// syntax. Its words (shared/utf8.h's search_words) are each quoted as an FTS5 string, so that
// no operator, column filter or bracket survives, and prefix-matched for search as you type;
// all must match.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace anskaffa::store {

// "matte språk" -> "\"matte\"* \"språk\"*". nullopt when the text holds no word at all.
std::optional<std::string> fts_match_expression(std::string_view text);

}  // namespace anskaffa::store
