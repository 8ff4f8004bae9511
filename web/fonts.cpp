// Fonts rasterised at size x devicePixelRatio and drawn at 1/DPR (io.FontGlobalScale), so a
// glyph's pixels land on the framebuffer's pixels: sizes and layout stay in CSS pixels while
// the texture has the screen's resolution. A DPR change (zoom, another screen) rebuilds them,
// and so does the end of a pinch, which magnifies the canvas by its zoom (the raster scale is
// then DPR x zoom).
#include "web/fonts.h"

#include <emscripten.h>
#include <imgui_impl_opengl3.h>

#include <cstdint>
#include <string_view>
#include <vector>

#include "web/platform/fetch.h"
#include "web/theme.h"

namespace anskaffa::web::fonts {
namespace {

// Every character a Swedish or English text in this app may hold, and what people paste from
// word processors: Basic Latin and Latin-1 (å ä ö é ü ...), Latin Extended-A (names such as
// Łukasz or Dvořák), general punctuation (– — ‘ ’ “ ” • … ‰ ‹ ›), € and ™, and U+FFFD, ImGui's
// stand-in for anything else.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 Supplement
    0x0100, 0x017F,  // Latin Extended-A
    0x2010, 0x2027,  // dashes, quotation marks, bullet, ellipsis
    0x2030, 0x203A,  // per mille, primes, single angle quotation marks
    0x20AC, 0x20AC,  // euro sign
    0x2122, 0x2122,  // trade mark sign
    0x2212, 0x2212,  // minus sign
    0xFFFD, 0xFFFD,  // replacement character
    0,
};

// ImGui sizes a font by its line height (ascender - descender), CSS by its em. The ratio is
// the font's own, read from its 'hhea' and 'head' tables (Noto Sans: 1.362), so that
// theme.h's sizes mean what they mean in CSS.
float line_height_per_em(const std::vector<unsigned char>& ttf) {
  auto u16 = [&](std::size_t at) -> unsigned {
    return at + 2 <= ttf.size() ? (unsigned{ttf[at]} << 8) | ttf[at + 1] : 0;
  };
  auto u32 = [&](std::size_t at) -> std::size_t {
    return (std::size_t{u16(at)} << 16) | u16(at + 2);
  };
  auto i16 = [&](std::size_t at) { return static_cast<int>(static_cast<std::int16_t>(u16(at))); };
  std::size_t hhea = 0;
  std::size_t head = 0;
  unsigned tables = u16(4);
  for (unsigned i = 0; i < tables; ++i) {
    std::size_t record = 12 + 16 * std::size_t{i};
    if (record + 16 > ttf.size()) break;
    std::string_view tag(reinterpret_cast<const char*>(&ttf[record]), 4);
    if (tag == "hhea") hhea = u32(record + 8);
    if (tag == "head") head = u32(record + 8);
  }
  unsigned units_per_em = head ? u16(head + 18) : 0;
  int line = hhea ? i16(hhea + 4) - i16(hhea + 6) : 0;
  if (units_per_em == 0 || line <= 0) return 1.0f;
  return static_cast<float>(line) / static_cast<float>(units_per_em);
}

struct State {
  std::vector<unsigned char> ttf;  // kept: every rebuild rasterises from it again
  float line_per_em = 1.0f;
  bool settled = false;
  float built_scale = 0;
  bool built_once = false;  // after the first build, the renderer holds a texture to replace
  ImFont* body = nullptr;
  ImFont* heading = nullptr;
  ImFont* title = nullptr;
};

State& state() {
  static State s;
  return s;
}

ImFont* add_font(float css_size, float scale) {
  State& s = state();
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;  // rasterised at the real pixel size, oversampling only blurs
  config.OversampleV = 1;
  config.PixelSnapH = true;
  ImGuiIO& io = ImGui::GetIO();
  if (s.ttf.empty()) {
    config.SizePixels = css_size * scale;
    return io.Fonts->AddFontDefault(&config);
  }
  return io.Fonts->AddFontFromMemoryTTF(s.ttf.data(), static_cast<int>(s.ttf.size()),
                                        css_size * s.line_per_em * scale, &config, kGlyphRanges);
}

}  // namespace

void load() {
  http_fetch({.method = "GET", .url = "fonts/NotoSans-Regular.ttf"},
             [](const HttpResponse& response) {
               State& s = state();
               if (response.status == 200) {
                 s.ttf.assign(response.body.begin(), response.body.end());
                 s.line_per_em = line_height_per_em(s.ttf);
               } else {
                 // ImGui's own font has ASCII and Latin-1 only, but the app stays usable.
                 emscripten_log(EM_LOG_CONSOLE | EM_LOG_WARN,
                                "Anskaffa: font not loaded (HTTP %d); using the built-in font",
                                response.status);
               }
               s.settled = true;
             });
}

bool settled() { return state().settled; }

void update(float scale) {
  State& s = state();
  if (!s.settled || scale == s.built_scale) return;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  s.body = add_font(theme::kBodySize, scale);
  s.heading = add_font(theme::kHeadingSize, scale);
  s.title = add_font(theme::kTitleSize, scale);
  io.Fonts->Build();
  io.FontGlobalScale = 1.0f / scale;
  io.FontDefault = s.body;
  // The renderer's device objects include the font texture: made with them the first time,
  // replaced alone after that. The atlas's CPU copy is then dropped, as the GPU holds it
  // (measured: 1024 x 1024 RGBA at DPR 2, 1024 x 2048 at DPR 3).
  if (s.built_once) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  } else {
    ImGui_ImplOpenGL3_CreateDeviceObjects();
  }
  io.Fonts->ClearTexData();
  s.built_once = true;
  s.built_scale = scale;
}

ImFont* get(Role role) {
  switch (role) {
    case Role::heading:
      return state().heading;
    case Role::title:
      return state().title;
    default:
      return state().body;
  }
}

}  // namespace anskaffa::web::fonts
