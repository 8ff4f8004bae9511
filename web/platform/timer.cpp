// Wake-ups after a pause: the app draws nothing while idle, so something that should happen
// when the user stops typing (a search as you type) needs the browser to call back. The
// callback runs outside any frame; frames follow it, so what it changed is drawn.
#include <emscripten/eventloop.h>

#include <memory>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

void on_timeout(void* data) {
  std::unique_ptr<std::function<void()>> callback(static_cast<std::function<void()>*>(data));
  (*callback)();
  request_redraw();
}

void on_quiet_timeout(void* data) {
  std::unique_ptr<std::function<void()>> callback(static_cast<std::function<void()>*>(data));
  (*callback)();
}

}  // namespace

void wake_after(double milliseconds, std::function<void()> callback) {
  auto* held = new std::function<void()>(std::move(callback));
  emscripten_set_timeout(on_timeout, milliseconds, held);
}

void call_after(double milliseconds, std::function<void()> callback) {
  auto* held = new std::function<void()>(std::move(callback));
  emscripten_set_timeout(on_quiet_timeout, milliseconds, held);
}

}  // namespace anskaffa::web
