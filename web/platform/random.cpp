// Random identifiers from the browser's cryptographic generator. A submission's
// Idempotency-Key (SPEC 6, 8) must not repeat between drafts or devices, so it is not made
// with a seeded generator of the app's own.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// crypto.randomUUID needs a secure context (https or localhost); served over plain http from
// another host it is missing, and getRandomValues, which is always there, makes the same
// version 4 UUID.
// clang-format off
EM_JS(char*, js_random_uuid, (), {
  let text;
  if (window.crypto && typeof crypto.randomUUID === "function") {
    text = crypto.randomUUID();
  } else {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
    text = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  const size = lengthBytesUTF8(text) + 1;
  const pointer = _malloc(size);
  stringToUTF8(text, pointer, size);
  return pointer;
});
// clang-format on

}  // namespace

std::string random_uuid() {
  char* text = js_random_uuid();
  std::string uuid(text);
  std::free(text);
  return uuid;
}

}  // namespace anskaffa::web
