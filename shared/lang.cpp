#include "shared/lang.h"

#include <cctype>
#include <string>

namespace anskaffa {

Lang parse_lang(std::string_view code) { return code == "en" ? Lang::en : Lang::sv; }

std::string_view lang_code(Lang lang) { return lang == Lang::en ? "en" : "sv"; }

// Takes the language ranges in the order given, ignoring quality values: browsers list the
// preferred language first, and the two languages we have make a full q-value sort pointless.
Lang lang_from_accept_language(std::string_view header) {
  std::size_t start = 0;
  while (start < header.size()) {
    std::size_t end = header.find(',', start);
    if (end == std::string_view::npos) end = header.size();
    std::string_view range = header.substr(start, end - start);
    range = range.substr(0, range.find(';'));
    std::string primary;
    for (char c : range) {
      if (c == ' ' || c == '\t') continue;
      if (c == '-') break;
      primary += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    if (primary == "sv") return Lang::sv;
    if (primary == "en") return Lang::en;
    start = end + 1;
  }
  return Lang::sv;
}

}  // namespace anskaffa
