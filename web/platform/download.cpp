// Downloads for the app: a same-origin URL saved as a file by clicking an <a download> made
// for it. The session cookie goes along as with any same-origin request, and the server's
// Content-Disposition names the file. Not implemented: progress, and URLs of other origins
// (the download attribute is ignored for them).
#include <emscripten.h>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(void, js_download, (const char* url), {
  const link = document.createElement("a");
  link.href = UTF8ToString(url);
  link.download = "";
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
});
// clang-format on

}  // namespace

void download_url(const std::string& url) { js_download(url.c_str()); }

}  // namespace anskaffa::web
