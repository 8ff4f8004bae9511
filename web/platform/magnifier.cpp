// The magnifier: a two-finger pinch enlarges the app as a phone's browser enlarges a page
// (WCAG 1.4.4), which the canvas would otherwise not allow, since it takes every touch for
// itself (app.css: touch-action none). As in the browser, the layout stays put: the view is a
// window onto it, `zoom` times smaller than the canvas, whose top-left corner is at `origin`
// in layout (CSS) pixels. Moving the fingers while pinching pans the view. Text is rasterised
// again at the new scale once the fingers let go, so it is sharp, not stretched.
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

constexpr float kMaxZoom = 4.0f;
// A pinch that ends this close to 1 snaps back to the whole page.
constexpr float kSnapToWhole = 1.05f;
// The sharpest text rasterised, in device pixels per CSS pixel: the font atlas grows with its
// square (2048 x 2048 RGBA at 4), so beyond it text is enlarged rather than rasterised again.
constexpr float kMaxRasterScale = 4.0f;
// Room kept around what the view follows, in layout pixels.
constexpr float kFocusMargin = 8.0f;

ImVec2 midpoint(ImVec2 a, ImVec2 b) { return ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f); }

float distance(ImVec2 a, ImVec2 b) { return std::hypot(a.x - b.x, a.y - b.y); }

// Keeps the view on the layout: no zoom below 1 and no view past the layout's edges.
void clamp_view(Platform& p) {
  Magnifier& m = p.magnifier;
  m.zoom = std::clamp(m.zoom, 1.0f, kMaxZoom);
  const float view_width = static_cast<float>(p.css_width) / m.zoom;
  const float view_height = static_cast<float>(p.css_height) / m.zoom;
  m.origin.x =
      std::clamp(m.origin.x, 0.0f, std::max(0.0f, static_cast<float>(p.css_width) - view_width));
  m.origin.y =
      std::clamp(m.origin.y, 0.0f, std::max(0.0f, static_cast<float>(p.css_height) - view_height));
}

}  // namespace

ImVec2 screen_to_layout(const Platform& p, double x, double y) {
  const Magnifier& m = p.magnifier;
  return ImVec2(m.origin.x + static_cast<float>(x) / m.zoom,
                m.origin.y + static_cast<float>(y) / m.zoom);
}

ImVec2 layout_to_screen(const Platform& p, ImVec2 point) {
  const Magnifier& m = p.magnifier;
  return ImVec2((point.x - m.origin.x) * m.zoom, (point.y - m.origin.y) * m.zoom);
}

ImRect magnified_view(const Platform& p) {
  const Magnifier& m = p.magnifier;
  return ImRect(m.origin, ImVec2(m.origin.x + static_cast<float>(p.css_width) / m.zoom,
                                 m.origin.y + static_cast<float>(p.css_height) / m.zoom));
}

void pinch_begin(Platform& p, ImVec2 a, ImVec2 b) {
  Magnifier& m = p.magnifier;
  const ImVec2 middle = midpoint(a, b);
  m.pinching = true;
  m.start_distance = std::max(1.0f, distance(a, b));
  m.start_zoom = m.zoom;
  m.anchor = screen_to_layout(p, middle.x, middle.y);
}

void pinch_move(Platform& p, ImVec2 a, ImVec2 b) {
  Magnifier& m = p.magnifier;
  if (!m.pinching) return;
  // The layout point that was under the fingers' midpoint stays under it.
  const ImVec2 middle = midpoint(a, b);
  m.zoom = std::clamp(m.start_zoom * distance(a, b) / m.start_distance, 1.0f, kMaxZoom);
  m.origin = ImVec2(m.anchor.x - middle.x / m.zoom, m.anchor.y - middle.y / m.zoom);
  clamp_view(p);
}

void pinch_end(Platform& p) {
  Magnifier& m = p.magnifier;
  if (!m.pinching) return;
  m.pinching = false;
  if (m.zoom < kSnapToWhole) {
    m.zoom = 1;
    m.origin = ImVec2(0, 0);
  }
  clamp_view(p);
}

float text_raster_scale(const Platform& p) {
  const Magnifier& m = p.magnifier;
  const float dpr = static_cast<float>(p.dpr);
  if (m.pinching) return m.raster_scale > 0 ? m.raster_scale : dpr;
  return std::max(dpr, std::min(dpr * m.zoom, kMaxRasterScale));
}

void magnify_draw_data(const Platform& p, ImDrawData* draw_data) {
  const Magnifier& m = p.magnifier;
  if (!draw_data || m.zoom == 1.0f) return;
  // The renderer projects DisplayPos .. DisplayPos + DisplaySize onto the whole framebuffer,
  // whose size it takes as DisplaySize x FramebufferScale; clip rectangles scale the same way.
  draw_data->DisplayPos = m.origin;
  draw_data->DisplaySize =
      ImVec2(static_cast<float>(p.css_width) / m.zoom, static_cast<float>(p.css_height) / m.zoom);
  const float scale = static_cast<float>(p.dpr) * m.zoom;
  draw_data->FramebufferScale = ImVec2(scale, scale);
}

void magnifier_after_frame(Platform& p) {
  Magnifier& m = p.magnifier;
  clamp_view(p);  // the canvas may have been resized
  m.raster_scale = text_raster_scale(p);
  // Like the browser's, the view follows the keyboard: to the caret of the field being typed
  // in, and to the widget Tab or the arrows moved to. Only a move counts: the view stays
  // where the fingers left it until the keyboard goes somewhere.
  const ImGuiContext& g = *GImGui;
  ImRect target;
  bool moved = false;
  if (ImGui::GetIO().WantTextInput) {
    const ImVec2 caret = p.caret_pos;
    if (caret.x != m.followed_caret.x || caret.y != m.followed_caret.y) {
      m.followed_caret = caret;
      target = ImRect(caret, ImVec2(caret.x + 2, caret.y + p.caret_height));
      moved = true;
    }
  }
  if (g.NavId != m.followed_nav) {
    m.followed_nav = g.NavId;
    if (g.NavWindow && !g.NavDisableHighlight) {
      target = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[g.NavLayer]);
      moved = true;
    }
  }
  if (!moved || m.zoom == 1.0f || m.pinching) return;
  target.Expand(kFocusMargin);  // the focus ring is drawn around the item, not on it
  const ImRect view = magnified_view(p);
  if (view.Contains(target)) return;
  // The least movement that brings it in, its left or top edge first when it is wider or
  // taller than the view.
  const ImVec2 size = view.GetSize();
  if (target.Max.x > view.Max.x) m.origin.x += target.Max.x - view.Max.x;
  if (target.Min.x < m.origin.x || target.GetWidth() > size.x) m.origin.x = target.Min.x;
  if (target.Max.y > view.Max.y) m.origin.y += target.Max.y - view.Max.y;
  if (target.Min.y < m.origin.y || target.GetHeight() > size.y) m.origin.y = target.Min.y;
  clamp_view(p);
  request_redraw();
}

}  // namespace anskaffa::web
