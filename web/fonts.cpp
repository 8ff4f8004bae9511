// Fonts rasterised at size x devicePixelRatio and drawn at 1/DPR (io.FontGlobalScale), so a
// glyph's pixels land on the framebuffer's pixels: sizes and layout stay in CSS pixels while
// the texture has the screen's resolution. A DPR change (zoom, another screen) rebuilds them,
// and so does the end of a pinch, which magnifies the canvas by its zoom (the raster scale is
// then DPR x zoom), and a change of typeface or spacing.
#include "web/fonts.h"

#include <emscripten.h>
#include <imgui_impl_opengl3.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <vector>

#include "web/platform/fetch.h"
#include "web/platform/platform.h"
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

// WCAG 1.4.12's spacing, in ems of the font's size.
constexpr float kLetterSpacingEm = 0.12f;
constexpr float kWordSpacingEm = 0.16f;
constexpr float kLineHeightEm = 1.5f;

struct Face {
  std::vector<unsigned char> ttf;  // kept: every rebuild rasterises from it again
  float line_per_em = 1.0f;
  FaceStatus status = FaceStatus::not_loaded;
};

struct State {
  std::array<Face, std::size(kTypefaces)> faces;
  TextLook chosen;
  TextLook built_look;
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

Face& face(Typeface which) { return state().faces[static_cast<std::size_t>(which)]; }

// Each face's stable key, the name users see (a proper name, the same in every language) and
// its file in the site, in the order of kTypefaces.
struct FaceInfo {
  std::string_view key;
  std::string_view name;
  const char* file;
};
constexpr FaceInfo kFaceInfo[] = {
    {"noto_sans", "Noto Sans", "fonts/NotoSans-Regular.ttf"},
    {"noto_serif", "Noto Serif", "fonts/NotoSerif-Regular.ttf"},
    {"andika", "Andika", "fonts/Andika-Regular.ttf"},
    {"open_dyslexic", "OpenDyslexic", "fonts/OpenDyslexic-Regular.otf"},
};
static_assert(std::size(kFaceInfo) == std::size(kTypefaces));

const FaceInfo& info(Typeface which) { return kFaceInfo[static_cast<std::size_t>(which)]; }
const char* file_of(Typeface which) { return info(which).file; }

bool settled(FaceStatus status) {
  return status == FaceStatus::loaded || status == FaceStatus::failed;
}

void fetch_face(Typeface which) {
  const FaceStatus status = face(which).status;
  if (status == FaceStatus::loading || status == FaceStatus::loaded) return;
  face(which).status = FaceStatus::loading;
  http_fetch({.method = "GET", .url = file_of(which)}, [which](const HttpResponse& response) {
    Face& f = face(which);
    if (response.status == 200) {
      f.ttf.assign(response.body.begin(), response.body.end());
      f.line_per_em = line_height_per_em(f.ttf);
      f.status = FaceStatus::loaded;
    } else {
      // Without Noto Sans, ImGui's own font has ASCII and Latin-1 only, but the app stays
      // usable; without another face, text stays in Noto Sans.
      emscripten_log(EM_LOG_CONSOLE | EM_LOG_WARN, "Anskaffa: %s not loaded (HTTP %d)",
                     file_of(which), response.status);
      f.status = FaceStatus::failed;  // choose() asks again (offline, say, and never kept)
    }
    request_redraw();
  });
}

// One font of the atlas: the face at `css_size` CSS px (em), with Noto Sans merged in for the
// characters the face lacks (OpenDyslexic has only part of Latin Extended-A, for one).
ImFont* add_font(float css_size, float scale, const TextLook& look) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 1;  // rasterised at the real pixel size, oversampling only blurs
  config.OversampleV = 1;
  config.PixelSnapH = true;
  const float em = css_size * scale;
  // Whole pixels, so glyphs stay on the pixel grid PixelSnapH keeps them on.
  if (look.wide_spacing) config.GlyphExtraSpacing.x = std::round(kLetterSpacingEm * em);
  ImGuiIO& io = ImGui::GetIO();
  ImFont* font = nullptr;
  for (Typeface which : {look.face, Typeface::noto_sans}) {
    Face& f = face(which);
    if (f.status != FaceStatus::loaded || (font && which == look.face)) continue;
    font = io.Fonts->AddFontFromMemoryTTF(f.ttf.data(), static_cast<int>(f.ttf.size()),
                                          em * f.line_per_em, &config, kGlyphRanges);
    config.MergeMode = true;
  }
  if (font) return font;
  config.SizePixels = em;
  return io.Fonts->AddFontDefault(&config);
}

// After the atlas is built: more room between words, and lines at least 1.5 em apart with the
// glyphs in the middle of the taller line (ImGui's line height is the font's size).
void widen(ImFont* font, float em) {
  const float word_extra = std::round(kWordSpacingEm * em);
  for (ImFontGlyph& glyph : font->Glyphs) {
    if (glyph.Codepoint == ' ') glyph.AdvanceX += word_extra;
  }
  const float line = std::ceil(kLineHeightEm * em);
  if (font->FontSize < line) {
    const float extra = line - font->FontSize;
    const float down = std::round(extra * 0.5f);
    for (ImFontGlyph& glyph : font->Glyphs) {
      glyph.Y0 += down;
      glyph.Y1 += down;
    }
    font->Ascent += down;
    font->Descent -= extra - down;
    font->FontSize = line;
  }
  font->BuildLookupTable();
}

// The look that can be drawn now: the chosen face once it is here, else Noto Sans.
TextLook drawable(const TextLook& wanted) {
  TextLook look = wanted;
  if (face(look.face).status != FaceStatus::loaded) look.face = Typeface::noto_sans;
  return look;
}

}  // namespace

std::string_view typeface_key(Typeface which) { return info(which).key; }

std::string_view typeface_name(Typeface which) { return info(which).name; }

void load() { fetch_face(Typeface::noto_sans); }

bool settled() {
  const State& s = state();
  if (!settled(face(Typeface::noto_sans).status)) return false;
  // The face chosen before the first frame is waited for, so the app does not change its
  // letters once shown; after that the app draws on in the face it has.
  return s.built_once || face(s.chosen.face).status != FaceStatus::loading;
}

void choose(const TextLook& look) {
  state().chosen = look;
  fetch_face(look.face);
  request_redraw();
}

TextLook drawn_look() { return state().built_look; }

FaceStatus face_status(Typeface which) { return face(which).status; }

void update(float scale) {
  State& s = state();
  if (!settled()) return;
  const TextLook look = drawable(s.chosen);
  if (s.built_once && scale == s.built_scale && look == s.built_look) return;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  s.body = add_font(theme::kBodySize, scale, look);
  s.heading = add_font(theme::kHeadingSize, scale, look);
  s.title = add_font(theme::kTitleSize, scale, look);
  io.Fonts->Build();
  if (look.wide_spacing) {
    widen(s.body, theme::kBodySize * scale);
    widen(s.heading, theme::kHeadingSize * scale);
    widen(s.title, theme::kTitleSize * scale);
  }
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
  s.built_look = look;
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
