#include "server/auth/email.h"

#include <algorithm>

#include "shared/utf8.h"

namespace anskaffa::auth {

std::string normalize_email(std::string_view email) {
  std::string result(anskaffa::trim(email));
  for (char& c : result) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return result;
}

bool plausible_email(std::string_view normalized) {
  if (normalized.empty() || normalized.size() > 254) return false;
  if (!anskaffa::is_valid_utf8(normalized)) return false;
  const bool has_space_or_control = std::any_of(normalized.begin(), normalized.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7f;
  });
  if (has_space_or_control) return false;
  const auto at = normalized.find('@');
  if (at == std::string_view::npos || at == 0 ||
      normalized.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const std::string_view domain = normalized.substr(at + 1);
  const auto dot = domain.find('.');
  return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

}  // namespace anskaffa::auth
