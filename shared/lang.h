// The interface's two languages. Swedish is the default everywhere (SPEC 7).
#pragma once

#include <string_view>

namespace anskaffa {

enum class Lang { sv, en };

// "sv" or "en"; anything else falls back to Swedish.
Lang parse_lang(std::string_view code);
std::string_view lang_code(Lang lang);

// Picks the first supported language of an HTTP Accept-Language header; Swedish when none.
Lang lang_from_accept_language(std::string_view header);

}  // namespace anskaffa
