// Text entry for the ImGui platform layer through a hidden <textarea>. Browsers deliver much
// text without a key event that carries it: dead keys, IME composition, phone keyboards,
// dictation, autofill, automation's insertText. All of it arrives as `input` and composition
// events on a focused editable element, so while an ImGui text field is active the textarea
// holds the focus, and whatever lands in it is handed to io.AddInputCharactersUTF8 and cleared.
// Implemented:
//   - focus follows io.WantTextInput after every frame (textarea while editing, else canvas);
//   - composed text is passed on once, at compositionend, never its intermediate states;
//   - the textarea sits at ImGui's caret (io.SetPlatformImeDataFn), so an IME's candidate
//     window appears next to the text;
//   - the field's kind sets inputmode/autocapitalize, so a phone shows an e-mail keyboard.
// Not implemented:
//   - the composition is not drawn inside the ImGui field while in progress (the IME shows it).
#include <emscripten.h>
#include <imgui_internal.h>

#include <string>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// clang-format off
EM_JS(void, js_create_textarea, (const char* id), {
  const area = document.createElement("textarea");
  area.id = UTF8ToString(id);
  area.setAttribute("aria-hidden", "true");
  area.setAttribute("autocomplete", "off");
  area.setAttribute("autocorrect", "off");
  area.setAttribute("autocapitalize", "off");
  area.setAttribute("spellcheck", "false");
  area.tabIndex = -1;
  document.body.appendChild(area);

  let composing = false;
  const flush = () => {
    const text = area.value;
    area.value = "";
    if (!text) return;
    const size = lengthBytesUTF8(text) + 1;
    const pointer = _malloc(size);
    stringToUTF8(text, pointer, size);
    _anskaffa_text_input(pointer);
    _free(pointer);
  };
  area.addEventListener("compositionstart", () => { composing = true; });
  area.addEventListener("compositionend", () => {
    composing = false;
    flush();
  });
  area.addEventListener("input", (event) => {
    if (!composing && !event.isComposing) flush();
  });
});

EM_JS(void, js_focus_textarea, (const char* id, int focus), {
  const area = document.getElementById(UTF8ToString(id));
  if (!area) return;
  if (focus) {
    if (document.activeElement !== area) area.focus({preventScroll: true});
  } else if (document.activeElement === area) {
    area.blur();
  }
});

EM_JS(int, js_textarea_focused, (const char* id), {
  const area = document.getElementById(UTF8ToString(id));
  return area && document.activeElement === area ? 1 : 0;
});

// Another element of the page has the keyboard: the accessibility mirror's field or button
// (web/shell/mirror.js), where a keyboard or screen reader user is working.
EM_JS(int, js_keyboard_elsewhere, (const char* area_id), {
  const active = document.activeElement;
  if (!active || active === document.body || active.tagName === "CANVAS") return 0;
  return active.id !== UTF8ToString(area_id) ? 1 : 0;
});

EM_JS(void, js_place_textarea, (const char* id, float x, float y, float height), {
  const area = document.getElementById(UTF8ToString(id));
  if (!area) return;
  area.style.left = x + "px";
  area.style.top = y + "px";
  area.style.height = height + "px";
});

EM_JS(void, js_textarea_kind, (const char* id, const char* inputmode, const char* capitalize), {
  const area = document.getElementById(UTF8ToString(id));
  if (!area) return;
  area.setAttribute("inputmode", UTF8ToString(inputmode));
  area.setAttribute("autocapitalize", UTF8ToString(capitalize));
});
// clang-format on

void set_ime_data(ImGuiViewport*, ImGuiPlatformImeData* data) {
  Platform& p = platform();
  if (!data->WantVisible) return;
  p.caret_pos = data->InputPos;
  p.caret_height = data->InputLineHeight;
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_text_input(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  request_redraw();
}

void text_input_init(Platform&) {
  js_create_textarea(kTextAreaId);
  ImGui::GetIO().SetPlatformImeDataFn = set_ime_data;
}

void text_input_hint(TextHint hint) { platform().text_hint = hint; }

void text_input_after_frame(Platform& p) {
  bool want = ImGui::GetIO().WantTextInput;
  // A field the app opened for editing by itself (the first field of a new step) does not
  // take the keyboard from the element that has it; that element edits the field instead.
  if (want && !p.text_focused && js_keyboard_elsewhere(kTextAreaId)) {
    ImGui::ClearActiveID();
    want = false;
  }
  if (want) {
    // On the canvas, where the caret is seen: the phone keeps it in view, the IME beside it.
    const ImVec2 caret = layout_to_screen(p, p.caret_pos);
    js_place_textarea(kTextAreaId, caret.x, caret.y, p.caret_height * p.magnifier.zoom);
    if (p.text_hint != p.text_hint_applied) {
      p.text_hint_applied = p.text_hint;
      switch (p.text_hint) {
        case TextHint::email:
          js_textarea_kind(kTextAreaId, "email", "off");
          break;
        case TextHint::password:
          js_textarea_kind(kTextAreaId, "text", "off");
          break;
        case TextHint::number:
          js_textarea_kind(kTextAreaId, "decimal", "off");
          break;
        case TextHint::url:
          js_textarea_kind(kTextAreaId, "url", "off");
          break;
        case TextHint::text:
          js_textarea_kind(kTextAreaId, "text", "sentences");
          break;
      }
    }
  }
  p.text_hint = TextHint::text;  // each frame's active field sets it again
  // Asked each frame, not remembered: a click on the canvas takes the focus from the textarea
  // while the field it clicked becomes the active one.
  p.text_focused = js_textarea_focused(kTextAreaId) != 0;
  if (want != p.text_focused) {
    js_focus_textarea(kTextAreaId, want ? 1 : 0);
    if (!want) canvas_focus();
    p.text_focused = js_textarea_focused(kTextAreaId) != 0;
  }
  p.text_wanted = want;
}

}  // namespace anskaffa::web
