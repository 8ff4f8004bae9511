// Query strings for the server's list endpoints: values percent-encoded as UTF-8 bytes, so a
// search for "Läs" or "Skriv & räkna" reaches the server as typed.
#pragma once

#include <string>
#include <string_view>

namespace anskaffa::web::api {

inline std::string percent_encoded(std::string_view text) {
  static constexpr char hex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                       (byte >= '0' && byte <= '9') || c == '-' || c == '_' || c == '.' || c == '~';
    if (plain) {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0x0f];
    }
  }
  return out;
}

}  // namespace anskaffa::web::api
