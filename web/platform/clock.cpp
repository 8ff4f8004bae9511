// The browser's calendar date. The domain core has no clock (SPEC 3.1): the app passes today's
// date in its ValidationContext, and it must be the user's local date, not UTC's, or a
// request drafted in the evening would have a start date "in the past" an hour early.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(char*, js_local_today, (), {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, "0");
  const text = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const size = lengthBytesUTF8(text) + 1;
  const pointer = _malloc(size);
  stringToUTF8(text, pointer, size);
  return pointer;
});
// clang-format on

}  // namespace

std::string local_today() {
  char* text = js_local_today();
  std::string today(text);
  std::free(text);
  return today;
}

}  // namespace anskaffa::web
