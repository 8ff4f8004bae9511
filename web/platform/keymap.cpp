// DOM KeyboardEvent -> ImGuiKey. Letters and digits come from `key`, the layout's meaning, so
// Ctrl+Z is Ctrl+Z on a Dvorak or AZERTY keyboard (ImGui 1.87+ wants translated keys); every
// other key from `code`, the physical key, which names function, navigation and keypad keys
// the same on every layout. Keys ImGui has no name for give ImGuiKey_None: their text still
// arrives through the textarea.
#include <span>
#include <string_view>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

struct CodeKey {
  std::string_view code;
  ImGuiKey key;
};

constexpr CodeKey kCodes[] = {
    {"Tab", ImGuiKey_Tab},
    {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},
    {"ArrowDown", ImGuiKey_DownArrow},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete},
    {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter},
    {"Escape", ImGuiKey_Escape},
    {"ControlLeft", ImGuiKey_LeftCtrl},
    {"ShiftLeft", ImGuiKey_LeftShift},
    {"AltLeft", ImGuiKey_LeftAlt},
    {"MetaLeft", ImGuiKey_LeftSuper},
    {"ControlRight", ImGuiKey_RightCtrl},
    {"ShiftRight", ImGuiKey_RightShift},
    {"AltRight", ImGuiKey_RightAlt},
    {"MetaRight", ImGuiKey_RightSuper},
    {"ContextMenu", ImGuiKey_Menu},
    {"Quote", ImGuiKey_Apostrophe},
    {"Comma", ImGuiKey_Comma},
    {"Minus", ImGuiKey_Minus},
    {"Period", ImGuiKey_Period},
    {"Slash", ImGuiKey_Slash},
    {"Semicolon", ImGuiKey_Semicolon},
    {"Equal", ImGuiKey_Equal},
    {"BracketLeft", ImGuiKey_LeftBracket},
    {"Backslash", ImGuiKey_Backslash},
    {"BracketRight", ImGuiKey_RightBracket},
    {"Backquote", ImGuiKey_GraveAccent},
    {"CapsLock", ImGuiKey_CapsLock},
    {"ScrollLock", ImGuiKey_ScrollLock},
    {"NumLock", ImGuiKey_NumLock},
    {"PrintScreen", ImGuiKey_PrintScreen},
    {"Pause", ImGuiKey_Pause},
    {"Numpad0", ImGuiKey_Keypad0},
    {"Numpad1", ImGuiKey_Keypad1},
    {"Numpad2", ImGuiKey_Keypad2},
    {"Numpad3", ImGuiKey_Keypad3},
    {"Numpad4", ImGuiKey_Keypad4},
    {"Numpad5", ImGuiKey_Keypad5},
    {"Numpad6", ImGuiKey_Keypad6},
    {"Numpad7", ImGuiKey_Keypad7},
    {"Numpad8", ImGuiKey_Keypad8},
    {"Numpad9", ImGuiKey_Keypad9},
    {"NumpadDecimal", ImGuiKey_KeypadDecimal},
    {"NumpadDivide", ImGuiKey_KeypadDivide},
    {"NumpadMultiply", ImGuiKey_KeypadMultiply},
    {"NumpadSubtract", ImGuiKey_KeypadSubtract},
    {"NumpadAdd", ImGuiKey_KeypadAdd},
    {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"NumpadEqual", ImGuiKey_KeypadEqual},
};

// Keys whose `key` names them on every layout; used when `code` is empty, as in synthetic
// events from automation (CDP Input.dispatchKeyEvent without a code).
constexpr CodeKey kNamedKeys[] = {
    {"Tab", ImGuiKey_Tab},
    {"ArrowLeft", ImGuiKey_LeftArrow},
    {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow},
    {"ArrowDown", ImGuiKey_DownArrow},
    {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown},
    {"Home", ImGuiKey_Home},
    {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert},
    {"Delete", ImGuiKey_Delete},
    {"Backspace", ImGuiKey_Backspace},
    {" ", ImGuiKey_Space},
    {"Enter", ImGuiKey_Enter},
    {"Escape", ImGuiKey_Escape},
    {"Control", ImGuiKey_LeftCtrl},
    {"Shift", ImGuiKey_LeftShift},
    {"Alt", ImGuiKey_LeftAlt},
    {"Meta", ImGuiKey_LeftSuper},
};

ImGuiKey find(std::span<const CodeKey> table, std::string_view name) {
  for (const CodeKey& entry : table)
    if (entry.code == name) return entry.key;
  return ImGuiKey_None;
}

}  // namespace

ImGuiKey key_from_dom(const char* key, const char* code) {
  std::string_view k = key;
  if (k.size() == 1) {
    char c = k[0];
    if (c >= 'a' && c <= 'z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'a'));
    if (c >= 'A' && c <= 'Z') return static_cast<ImGuiKey>(ImGuiKey_A + (c - 'A'));
    if (c >= '0' && c <= '9') return static_cast<ImGuiKey>(ImGuiKey_0 + (c - '0'));
  }
  std::string_view c = code;
  if (c.size() == 4 && c.substr(0, 3) == "Key") {
    return static_cast<ImGuiKey>(ImGuiKey_A + (c[3] - 'A'));  // a letter key of a non-Latin layout
  }
  if (c.size() == 6 && c.substr(0, 5) == "Digit") {
    return static_cast<ImGuiKey>(ImGuiKey_0 + (c[5] - '0'));
  }
  if (c.size() >= 2 && c[0] == 'F' && c[1] >= '1' && c[1] <= '9') {
    int n = 0;
    for (char digit : c.substr(1)) {
      if (digit < '0' || digit > '9') return ImGuiKey_None;
      n = n * 10 + (digit - '0');
    }
    if (n >= 1 && n <= 24) return static_cast<ImGuiKey>(ImGuiKey_F1 + (n - 1));
    return ImGuiKey_None;
  }
  if (!c.empty()) return find(kCodes, c);
  return find(kNamedKeys, k);
}

}  // namespace anskaffa::web
