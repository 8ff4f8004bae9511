// Anskaffa's browser app: starts Dear ImGui on the app's own platform layer, loads the font,
// and draws a frame whenever the platform layer says one is due (never while idle).
#include <GLES3/gl3.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_internal.h>

#include "shared/texts.h"
#include "web/a11y/mirror.h"
#include "web/a11y/mirror_input.h"
#include "web/app.h"
#include "web/display_choice.h"
#include "web/fonts.h"
#include "web/platform/fetch.h"
#include "web/platform/platform.h"
#include "web/platform/storage.h"
#include "web/theme.h"
#include "web/ui/probe.h"

namespace anskaffa::web {
namespace {

// The page is told the app is ready only once the layout has settled: ImGui hides a new
// auto-sized window for its first frame while measuring it, and a card centred on its own
// height learns that height a frame later still. The first frame is therefore laid out this
// many times before it is shown, all in one animation frame: waiting a display refresh (and,
// in a software renderer, a whole present) between them made the first frame a second late.
constexpr unsigned kFramesBeforeReady = 3;

// One pass of ImGui over the app: input, layout and the registry the probe and the mirror read.
void lay_out() {
  Platform& p = platform();
  platform_new_frame();
  a11y::before_frame();
  fonts::update(text_raster_scale(p));
  // A palette asked for during the last frame (the toggle, the system) takes effect here.
  theme::apply_pending_palette(ImGui::GetStyle());
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  App& state = app();
  probe::begin_frame(screen_key(state.screen), state.lang);
  draw_app(state);
  ImGui::Render();
  probe::end_frame();
}

void present() {
  const Platform& p = platform();
  glViewport(0, 0, p.framebuffer_width, p.framebuffer_height);
  const ImVec4& background = theme::colours().background;
  glClearColor(background.x, background.y, background.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImDrawData* draw_data = ImGui::GetDrawData();
  magnify_draw_data(p, draw_data);
  ImGui_ImplOpenGL3_RenderDrawData(draw_data);
}

bool draw_frame() {
  if (!fonts::settled()) return false;    // the loading text stays until the font is here
  if (!display_settled()) return false;  // nor in one palette or face to switch to another
  const bool first = platform().frame_count == 0;
  for (unsigned pass = 1; pass < (first ? kFramesBeforeReady : 1); ++pass) {
    lay_out();
    platform_end_frame();
  }
  lay_out();
  present();
  a11y::mirror_after_frame();
  platform_end_frame();
  if (first) canvas_first_frame_drawn();
  return true;
}

}  // namespace
}  // namespace anskaffa::web

int main() {
  using namespace anskaffa::web;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  GImGui->TestEngineHookItems = true;  // the probe's registry is fed by these hooks
  ImGuiIO& io = ImGui::GetIO();
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  theme::apply(ImGui::GetStyle());

  if (!platform_init("anskaffa-canvas", draw_frame)) {
    std::string message(anskaffa::text(anskaffa::Lang::sv, "app.no_webgl"));
    canvas_show_failure(message.c_str());
    return 0;
  }
  ImGui_ImplOpenGL3_Init("#version 300 es");
  fonts::load();
  App& state = app();
  storage_init();
  display_init();
  load_drafts(state);
  on_online_again([&state] { send_queue(state); });
  on_unauthenticated([&state] {
    // The session expired: sign in again over this screen, which keeps the form and queue.
    if (!state.user || state.screen == Screen::sign_in) return;
    if (!state.prompts.sign_in_again) state.sign_in.email = state.user->email;
    state.prompts.sign_in_again = true;
  });
  restore_session(state);
  return 0;
}
