// The app's fonts: Noto Sans (bundled at fonts/NotoSans-Regular.ttf), fetched once at start and
// rasterised at the screen's device pixel ratio, so text is as sharp as the browser's own. The
// user may choose another typeface and wider text spacing (display_choice.h); a chosen face is
// fetched when first wanted, and Noto Sans fills in the characters it lacks.
#pragma once

#include <imgui.h>

#include <string_view>

namespace anskaffa::web::fonts {

enum class Role { body, heading, title };

enum class Typeface { noto_sans, noto_serif, andika, open_dyslexic };
inline constexpr Typeface kTypefaces[] = {Typeface::noto_sans, Typeface::noto_serif,
                                          Typeface::andika, Typeface::open_dyslexic};
// A stable name, for storage and the probe: "noto_sans", "andika", ...
std::string_view typeface_key(Typeface face);
// The user's display name of the face (a proper name, the same in every language).
std::string_view typeface_name(Typeface face);

// How text is set. Wide spacing is WCAG 1.4.12's: a line at least 1.5 times the font size,
// 0.12 em between letters and 0.16 em more between words.
struct TextLook {
  Typeface face = Typeface::noto_sans;
  bool wide_spacing = false;
  bool operator==(const TextLook&) const = default;
};

// Starts fetching Noto Sans; a redraw follows when it has arrived (or failed).
void load();
// True once Noto Sans and the face chosen before the first frame have arrived or failed for
// good; until then there is nothing to draw. A face chosen later is fetched while the app
// goes on drawing in the one it has.
bool settled();
// Asks for a look: fetched if need be, then built at the next update().
void choose(const TextLook& look);
// The look text is drawn in now (the chosen face once it has arrived; Noto Sans before that or
// when it could not be fetched).
TextLook drawn_look();
enum class FaceStatus { not_loaded, loading, loaded, failed };
FaceStatus face_status(Typeface face);
// Rebuilds the atlas and its texture when the raster scale (device pixels per CSS pixel: the
// device pixel ratio, times the magnifier's zoom) or the look drawn changed since the last
// build, or nothing was built yet. Call before ImGui's NewFrame.
void update(float raster_scale);

ImFont* get(Role role);

}  // namespace anskaffa::web::fonts
