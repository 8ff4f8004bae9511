// Files from the user for the ImGui platform layer: the browser's file chooser, and a file
// dropped on the canvas. Implemented:
//   - the chooser: a hidden <input type=file> made once, clicked from pick_file(), which the
//     app calls while it handles the user's click (input.cpp draws the frame of a mouse or
//     touch release inside its event, as browsers open a chooser only for a user's gesture);
//   - drag and drop: a file dropped on the canvas goes to the screen that asked for dropped
//     files in the frame before; otherwise the browser is left to do as it does;
//   - either way the first file is read whole (arrayBuffer) and its name and bytes handed to
//     the C++ callback, followed by a redraw.
// Not implemented:
//   - several files at once (the first is taken), folders, and progress while a file is read.
#include <emscripten.h>

#include <string>
#include <utility>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(void, js_listen_drops, (const char* canvas_selector), {
  Module.anskaffaDeliverFile = (file, dropped) => {
    file.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      const nameSize = lengthBytesUTF8(file.name) + 1;
      const name = _malloc(nameSize);
      stringToUTF8(file.name, name, nameSize);
      const data = _malloc(bytes.length + 1);
      HEAPU8.set(bytes, data);  // HEAPU8 read after malloc: memory may have grown
      _anskaffa_file_read(dropped, name, data, bytes.length);
      _free(data);
      _free(name);
    }).catch(() => {});
  };
  const canvas = document.querySelector(UTF8ToString(canvas_selector));
  if (!canvas) return;
  canvas.addEventListener("dragover", (event) => {
    if (!_anskaffa_drop_wanted()) return;
    event.preventDefault();  // without it the drop would open the file in the tab
    event.dataTransfer.dropEffect = "copy";
  });
  canvas.addEventListener("drop", (event) => {
    if (!_anskaffa_drop_wanted()) return;
    event.preventDefault();
    const file = event.dataTransfer.files && event.dataTransfer.files[0];
    if (file) Module.anskaffaDeliverFile(file, 1);
  });
});

EM_JS(void, js_pick_file, (const char* accept), {
  let input = document.getElementById("anskaffa-file");
  if (!input) {
    input = document.createElement("input");
    input.type = "file";
    input.id = "anskaffa-file";
    input.style.display = "none";
    input.addEventListener("change", () => {
      const file = input.files && input.files[0];
      if (file) Module.anskaffaDeliverFile(file, 0);
      input.value = "";  // choosing the same file again is a change too
    });
    document.body.appendChild(input);
  }
  input.accept = UTF8ToString(accept);
  input.click();
});
// clang-format on

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE int anskaffa_drop_wanted() {
  const Platform& p = platform();
  return p.file_dropped && p.drop_wanted_frame >= p.frame_count ? 1 : 0;
}

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_file_read(int dropped, const char* name,
                                                        const char* data, int size) {
  Platform& p = platform();
  const FileCallback callback = dropped ? p.file_dropped : p.file_chosen;
  if (callback) callback(name, std::string(data, static_cast<std::size_t>(size)));
  request_redraw();
}

void file_picker_init(const char* canvas_selector) { js_listen_drops(canvas_selector); }

void pick_file(const char* accept, FileCallback chosen) {
  platform().file_chosen = std::move(chosen);
  js_pick_file(accept);
}

void accept_dropped_file(FileCallback dropped) {
  Platform& p = platform();
  p.file_dropped = std::move(dropped);
  // frame_count counts the frame being drawn once it ends: this frame's number plus one.
  p.drop_wanted_frame = p.frame_count + 1;
}

}  // namespace anskaffa::web
