#include "shared/form_json.h"

#include <string>

#include "shared/form.h"
#include "shared/texts.h"

namespace anskaffa {
namespace {

using nlohmann::json;

std::string_view presence_key(Presence presence) {
  switch (presence) {
    case Presence::required:
      return "required";
    case Presence::optional:
      return "optional";
    case Presence::conditional:
      break;
  }
  return "conditional";
}

json field_json(const FieldDef& field, Lang lang) {
  const std::string prefix = "field." + std::string(field.key);
  json out = {{"key", field.key},
              {"type", field_type_key(field.type)},
              {"presence", presence_key(field.presence)},
              {"label", text(lang, prefix + ".label")},
              {"help", text(lang, prefix + ".help")}};
  if (!field.options.empty()) {
    json options = json::array();
    for (std::string_view option : field.options) {
      const std::string key = "option." + std::string(field.key) + "." + std::string(option);
      options.push_back({{"key", option}, {"label", text(lang, key)}});
    }
    out["options"] = std::move(options);
  }
  if (field.min_length > 0) out["min_length"] = field.min_length;
  if (field.max_length > 0) out["max_length"] = field.max_length;
  if (field.max_value > 0) {
    out["min"] = field.min_value;
    out["max"] = field.max_value;
  }
  return out;
}

}  // namespace

json form_definition_json(Lang lang) {
  json sections = json::array();
  for (const SectionDef& section : form_sections()) {
    json fields = json::array();
    for (const FieldDef& field : form_fields()) {
      if (field.section == section.key) fields.push_back(field_json(field, lang));
    }
    sections.push_back({{"key", section.key},
                        {"title", text(lang, "section." + std::string(section.key) + ".title")},
                        {"fields", std::move(fields)}});
  }
  return {{"version", form_version},
          {"lang", lang_code(lang)},
          {"title", text(lang, "form.title")},
          {"sections", std::move(sections)}};
}

}  // namespace anskaffa
