// Downloads and file choosing (see draft_files.h). Implemented: a text download through a
// Blob URL, one file chosen through a hidden <input type=file> and read as text. Not
// implemented: several files, binary content, a size limit beyond the caller's own check.
#include "web/platform/draft_files.h"

#include <emscripten.h>

#include <map>
#include <utility>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

using ChosenCallback = std::function<void(bool, const std::string&)>;

std::map<int, ChosenCallback>& pending() {
  static std::map<int, ChosenCallback> callbacks;
  return callbacks;
}

// clang-format off
EM_JS(void, js_download_text, (const char* name, const char* content, const char* type), {
  const blob = new Blob([UTF8ToString(content)], {type: UTF8ToString(type)});
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = UTF8ToString(name);
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

// The chooser opens only from a user's gesture: the app calls this while handling the click.
EM_JS(void, js_choose_text_file, (int id, const char* accept), {
  const input = document.createElement("input");
  input.type = "file";
  input.accept = UTF8ToString(accept);
  input.style.display = "none";
  input.id = "anskaffa-file-input";
  const deliver = (ok, text) => {
    input.remove();
    const size = lengthBytesUTF8(text) + 1;
    const pointer = _malloc(size);
    stringToUTF8(text, pointer, size);
    _anskaffa_file_chosen(id, ok ? 1 : 0, pointer);
    _free(pointer);
  };
  input.addEventListener("change", () => {
    const file = input.files && input.files[0];
    if (!file) { input.remove(); return; }
    file.text().then((text) => deliver(true, text), () => deliver(false, ""));
  });
  document.body.appendChild(input);
  input.click();
});
// clang-format on

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_file_chosen(int id, int ok, const char* text) {
  auto found = pending().find(id);
  if (found == pending().end()) return;
  ChosenCallback done = std::move(found->second);
  pending().erase(found);
  done(ok != 0, text);
  request_redraw();
}

void download_text_file(const std::string& file_name, const std::string& content,
                        const std::string& mime_type) {
  js_download_text(file_name.c_str(), content.c_str(), mime_type.c_str());
}

void choose_text_file(const std::string& accept,
                      std::function<void(bool ok, const std::string& text)> done) {
  static int next_id = 1;
  const int id = next_id++;
  pending()[id] = std::move(done);
  js_choose_text_file(id, accept.c_str());
}

}  // namespace anskaffa::web
