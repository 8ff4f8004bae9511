// The mirror's tree (see mirror.h) from the probe's registry.
#include "web/a11y/mirror.h"

#include <emscripten.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "web/theme.h"
#include "web/ui/probe.h"

namespace anskaffa::web::a11y {
namespace {

const char* region_key(probe::Region region) {
  switch (region) {
    case probe::Region::banner:
      return "banner";
    case probe::Region::navigation:
      return "navigation";
    case probe::Region::dialog:
      return "dialog";
    case probe::Region::main:
      return "main";
  }
  return "main";
}

const char* role_key(probe::Role role) {
  switch (role) {
    case probe::Role::heading_1:
      return "h1";
    case probe::Role::heading_2:
      return "h2";
    case probe::Role::error:
      return "error";
    case probe::Role::success:
      return "success";
    case probe::Role::warning:
      return "warning";
    case probe::Role::plain:
      return "";
  }
  return "";
}

const char* input_key(probe::InputType type) {
  switch (type) {
    case probe::InputType::password:
      return "password";
    case probe::InputType::email:
      return "email";
    case probe::InputType::number:
      return "number";
    case probe::InputType::multiline:
      return "multiline";
    case probe::InputType::text:
      return "text";
  }
  return "text";
}

nlohmann::json node_json(const probe::Shown& shown) {
  const probe::Tag& tag = shown.tag;
  nlohmann::json node = {
      {"id", tag.id},
      {"kind", probe::kind_key(tag.kind)},
      {"region", region_key(shown.region)},
      {"label", tag.name.empty() ? tag.label : tag.name},
  };
  if (tag.has_value || !tag.value.is_null()) node["value"] = tag.value;
  if (tag.role != probe::Role::plain) node["role"] = role_key(tag.role);
  if (tag.required) node["required"] = true;
  if (tag.disabled) node["disabled"] = true;
  if (tag.kind == probe::Kind::input) node["input"] = input_key(tag.input_type);
  if (!tag.options.empty()) {
    nlohmann::json options = nlohmann::json::array();
    for (const probe::Option& option : tag.options) {
      options.push_back({{"id", option.id}, {"label", option.label}});
    }
    node["options"] = std::move(options);
    node["chosen"] = tag.chosen_option;
  }
  if (tag.has_findings) node["findings"] = tag.findings;
  if (!tag.parent.empty()) node["parent"] = tag.parent;
  if (tag.column >= 0) node["column"] = tag.column;
  if (!tag.cells.empty()) node["cells"] = tag.cells;
  if (!tag.columns.empty()) node["columns"] = tag.columns;
  if (tag.cancels) node["cancels"] = true;
  if (!tag.autocomplete.empty()) node["autocomplete"] = tag.autocomplete;
  if (tag.pressed) node["pressed"] = *tag.pressed;
  if (tag.expanded) node["expanded"] = *tag.expanded;
  if (!tag.lang.empty()) node["lang"] = tag.lang;
  if (!tag.status.empty()) node["status"] = tag.status;
  if (!tag.said.empty()) node["said"] = tag.said;
  if (!tag.description.empty()) node["description"] = tag.description;
  return node;
}

// clang-format off
EM_JS(void, js_mirror_frame, (), {
  if (Module.onMirrorFrame) Module.onMirrorFrame();
});
// clang-format on

}  // namespace

std::string mirror_json() {
  nlohmann::json nodes = nlohmann::json::array();
  probe::for_each_shown([&nodes](const probe::Shown& shown) {
    // A field's own label is the label of the mirror's field; said once, not twice.
    if (shown.tag.id.ends_with(".label") && shown.tag.kind == probe::Kind::text) return;
    if (shown.tag.mirror_hidden) return;
    nodes.push_back(node_json(shown));
  });
  const std::string_view focus = probe::shown_focus();
  nlohmann::json tree = {
      {"screen", probe::shown_screen()},
      {"lang", lang_code(probe::shown_lang())},
      {"focus", focus.empty() ? nlohmann::json() : nlohmann::json(focus)},
      {"nodes", std::move(nodes)},
  };
  return tree.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void mirror_after_frame() { js_mirror_frame(); }

// The theme's colour pairs (theme.h), for the contrast test: [{name, foreground, background,
// minimum}] with colours as [r, g, b] in 0–255; `palette` 0 is the standard one (also when
// not given from JavaScript), 1 high contrast.
extern "C" EMSCRIPTEN_KEEPALIVE const char* anskaffa_theme_pairs(int palette) {
  static std::string text;
  nlohmann::json pairs = nlohmann::json::array();
  const auto rgb = [](const ImVec4& c) {
    return nlohmann::json::array(
        {std::lround(c.x * 255), std::lround(c.y * 255), std::lround(c.z * 255)});
  };
  const theme::PaletteKind kind =
      palette == 1 ? theme::PaletteKind::high_contrast : theme::PaletteKind::standard;
  for (const theme::ColourPair& pair : theme::colour_pairs(kind)) {
    pairs.push_back({{"name", pair.name},
                     {"foreground", rgb(pair.foreground)},
                     {"background", rgb(pair.background)},
                     {"minimum", pair.minimum}});
  }
  text = pairs.dump();
  return text.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE const char* anskaffa_a11y_tree() {
  static std::string text;
  text = mirror_json();
  return text.c_str();
}

}  // namespace anskaffa::web::a11y
