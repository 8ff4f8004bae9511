#include "shared/utf8.h"

#include <cstdint>

namespace anskaffa {
namespace {

// Decodes one code point at text[i], advancing i. Returns -1 for an invalid sequence
// (overlong forms, surrogates and values past U+10FFFF included).
std::int32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  int length = 0;
  std::int32_t cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07;
  } else {
    return -1;
  }
  if (i + length > text.size()) return -1;
  for (int k = 1; k < length; ++k) {
    const unsigned char c = byte(i + k);
    if ((c & 0xC0) != 0x80) return -1;
    cp = (cp << 6) | (c & 0x3F);
  }
  static constexpr std::int32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < smallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
  i += length;
  return cp;
}

bool is_white_space(std::int32_t cp) {
  switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return cp >= 0x2000 && cp <= 0x200A;
  }
}

// Approximately Unicode's letters and digits, the characters unicode61 keeps in a token: ASCII
// letters and digits, and beyond ASCII everything but the blocks of spaces, punctuation,
// symbols and emoji, where a stray code point would otherwise become a word nothing matches.
bool is_word_code_point(std::int32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  }
  if (cp < 0xC0) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;  // ª µ º
  if (cp == 0xD7 || cp == 0xF7) return false;                    // × ÷
  const auto in = [cp](std::int32_t first, std::int32_t last) { return cp >= first && cp <= last; };
  return !(in(0x2000, 0x2BFF) || in(0x2E00, 0x2E7F) || in(0x3000, 0x303F) || in(0xFE10, 0xFE1F) ||
           in(0xFE30, 0xFE6F) || in(0xFF00, 0xFF0F) || in(0xFF1A, 0xFF20) || in(0xFF3B, 0xFF40) ||
           in(0xFF5B, 0xFF65) || in(0xFFF0, 0xFFFF) || in(0x1F000, 0x1FAFF) ||
           in(0xE0000, 0xE007F));
}

}  // namespace

std::vector<std::string> search_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const std::int32_t cp = next_code_point(text, i);
    if (cp < 0) ++i;
    if (cp >= 0 && is_word_code_point(cp)) {
      word.append(text.substr(start, i - start));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (next_code_point(text, i) < 0) return false;
  }
  return true;
}

std::size_t code_point_count(std::string_view text) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    if (next_code_point(text, i) < 0) ++i;  // an invalid byte counts as one
  }
  return count;
}

std::string_view trim(std::string_view text) {
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t next = begin;
    const std::int32_t cp = next_code_point(text, next);
    if (cp < 0 || !is_white_space(cp)) break;
    begin = next;
  }
  // From the end, one code point at a time: step back over continuation bytes to its lead.
  std::size_t end = text.size();
  while (end > begin) {
    std::size_t lead = end - 1;
    while (lead > begin && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    std::size_t next = lead;
    const std::int32_t cp = next_code_point(text, next);
    if (cp < 0 || next != end || !is_white_space(cp)) break;
    end = lead;
  }
  return text.substr(begin, end - begin);
}

}  // namespace anskaffa

namespace anskaffa {
namespace {

void append_utf8(std::string& out, std::int32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::int32_t lower(std::int32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  // Latin Extended-A pairs upper/lower as even/odd, except the block 0x139-0x148 and
  // 0x179-0x17E where the upper case is odd; 0x130 (İ) and 0x138 (ĸ) stand alone.
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp | 1;
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return (cp & 1) ? cp + 1 : cp;
  if (cp == 0x178) return 0xFF;
  return cp;
}

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (static_cast<unsigned char>(c) < 0x80) {
      out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
      ++i;
      continue;
    }
    const std::size_t start = i;
    const std::int32_t cp = next_code_point(text, i);
    if (cp < 0) {
      out += text[start];
      i = start + 1;
    } else {
      append_utf8(out, lower(cp));
    }
  }
  return out;
}

}  // namespace anskaffa
