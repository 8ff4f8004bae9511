// Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE), implemented by the app rather than
// by the Dear ImGui Test Engine: ImGui calls them for every item it lays out, which gives the
// probe each item's rectangle and its clip rectangle (so clipped items are left out) without
// every widget having to measure itself. GImGui->TestEngineHookItems turns the calls on.
#include <imgui.h>
#include <imgui_internal.h>

#include "web/ui/probe.h"

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, ImGuiID id, const ImRect& bb,
                                 const ImGuiLastItemData*) {
  // The clip rectangle of the window the item is submitted into, at the moment it is added;
  // a window's own registration happens before its clip rectangle is set, so it gets its rect.
  ImGuiWindow* window = ctx->CurrentWindow;
  ImRect clip = window ? window->ClipRect : bb;
  anskaffa::web::probe::hooks::item_added(id, bb, clip);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags) {
  anskaffa::web::probe::hooks::item_info(id, label);
}

// ImGui's debug log, mirrored to the test engine; the app keeps no such log.
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
  return anskaffa::web::probe::hooks::find_label(id);
}
