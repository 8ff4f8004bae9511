#include "server/store/fts_query.h"

#include "shared/utf8.h"

namespace anskaffa::store {

std::optional<std::string> fts_match_expression(std::string_view text) {
  std::string expression;
  for (const std::string& word : search_words(text)) {
    if (!expression.empty()) expression += ' ';
    expression += '"';
    // A word holds no quote today; doubling keeps it a string should search_words ever let one
    // through.
    for (char c : word) {
      if (c == '"') expression += '"';
      expression += c;
    }
    expression += "\"*";
  }
  if (expression.empty()) return std::nullopt;
  return expression;
}

}  // namespace anskaffa::store
