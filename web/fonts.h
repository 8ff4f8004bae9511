// The app's fonts: Noto Sans (bundled at fonts/NotoSans-Regular.ttf), fetched once at start and
// rasterised at the screen's device pixel ratio, so text is as sharp as the browser's own.
#pragma once

#include <imgui.h>

namespace anskaffa::web::fonts {

enum class Role { body, heading, title };

// Starts fetching the font file; a redraw follows when it has arrived (or failed).
void load();
// True once the font file has arrived or failed for good; until then there is nothing to draw.
bool settled();
// Rebuilds the atlas and its texture when the raster scale (device pixels per CSS pixel: the
// device pixel ratio, times the magnifier's zoom) changed since the last build, or nothing was
// built yet. Call before ImGui's NewFrame.
void update(float raster_scale);

ImFont* get(Role role);

}  // namespace anskaffa::web::fonts
