#include "shared/texts.h"

#include <algorithm>

namespace anskaffa {

std::string_view text(Lang lang, std::string_view key) {
  const auto catalog = text_catalog();
  const auto it =
      std::lower_bound(catalog.begin(), catalog.end(), key,
                       [](const TextEntry& entry, std::string_view k) { return entry.key < k; });
  if (it == catalog.end() || it->key != key) return key;
  return lang == Lang::en ? it->en : it->sv;
}

std::string format_text(Lang lang, std::string_view key, const TextValues& values) {
  std::string message(text(lang, key));
  for (const auto& [name, value] : values) {
    const std::string placeholder = "{" + std::string(name) + "}";
    for (std::size_t at = message.find(placeholder); at != std::string::npos;
         at = message.find(placeholder, at + value.size())) {
      message.replace(at, placeholder.size(), value);
    }
  }
  return message;
}

}  // namespace anskaffa
