// The browser's calendar date, and times as the user's clock shows them. The domain core has no
// clock (SPEC 3.1): the app passes today's date in its ValidationContext, and it must be the user's
// local date, not UTC's, or a request drafted in the evening would have a start date "in the past"
// an hour early.
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

// "" when the text is not a time the browser can read.
EM_JS(char*, js_local_time, (const char* iso), {
  const when = new Date(UTF8ToString(iso));
  let text = "";
  if (!isNaN(when.getTime())) {
    const pad = (n) => String(n).padStart(2, "0");
    text = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())} ` +
           `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  }
  const size = lengthBytesUTF8(text) + 1;
  const pointer = _malloc(size);
  stringToUTF8(text, pointer, size);
  return pointer;
});
EM_JS(double, js_now_ms, (), { return Date.now(); });

// With the date when `with_date` is set.
EM_JS(char*, js_local_moment, (double ms, int with_date), {
  const when = new Date(ms);
  const pad = (n) => String(n).padStart(2, "0");
  let text = `${pad(when.getHours())}:${pad(when.getMinutes())}`;
  if (with_date) {
    text = `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())} ${text}`;
  }
  const size = lengthBytesUTF8(text) + 1;
  const pointer = _malloc(size);
  stringToUTF8(text, pointer, size);
  return pointer;
});
// clang-format on

std::string take_string(char* text) {
  std::string copy(text);
  std::free(text);
  return copy;
}

}  // namespace

std::string local_today() { return take_string(js_local_today()); }

double now_ms() { return js_now_ms(); }

std::string local_hour_minute(double epoch_ms) { return take_string(js_local_moment(epoch_ms, 0)); }

std::string local_time(double epoch_ms) { return take_string(js_local_moment(epoch_ms, 1)); }

std::string local_time(const std::string& iso_utc) {
  std::string shown = take_string(js_local_time(iso_utc.c_str()));
  return shown.empty() ? iso_utc : shown;
}

}  // namespace anskaffa::web
