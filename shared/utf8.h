// UTF-8 helpers: lengths count code points (SPEC 2), and trimming follows Unicode white space
// that people paste (no-break space, em space, ...), not only ASCII.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace anskaffa {

bool is_valid_utf8(std::string_view text);
std::size_t code_point_count(std::string_view text);
std::string_view trim(std::string_view text);

}  // namespace anskaffa

namespace anskaffa {

// Lower-cases ASCII, Latin-1 and Latin Extended-A letters (Å→å, Ö→ö, É→é, Ł→ł...), enough to
// compare names of learning resources and suppliers as people write them.
std::string fold_case(std::string_view text);

// The words of a search text as a person types it: runs of letters and digits (any script),
// split at spaces, punctuation and symbols, as SQLite's unicode61 tokenizer splits the indexed
// text. Invalid UTF-8 splits too; callers that must refuse it ask is_valid_utf8 first.
std::vector<std::string> search_words(std::string_view text);

}  // namespace anskaffa
