// The request form of SPEC 2 as data: its sections, and for each field its key, type, options
// and limits. This is the one place to add or change a form field; validation, the JSON
// mapping, the app's form and GET /api/v1/form all read it from here. Labels and help texts
// are in the text catalogue under "field.<key>.label" / ".help" and "option.<key>.<option>".
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace anskaffa {

enum class FieldType { text, email, url, integer, number, date, choice, set, boolean, unit };
std::string_view field_type_key(FieldType type);

// Whether a field is always required; conditional requirements (SPEC 2's "R if ...") are rules
// in validate.cpp, with codes of their own.
enum class Presence { required, optional, conditional };

struct FieldDef {
  std::string_view key;
  std::string_view section;
  FieldType type = FieldType::text;
  Presence presence = Presence::required;
  std::span<const std::string_view> options = {};  // choice and set
  int min_length = 0;  // text, in code points after trimming; 0 = no limit
  int max_length = 0;
  double min_value = 0;  // integer and number
  double max_value = 0;
};

struct SectionDef {
  std::string_view key;
};

std::span<const SectionDef> form_sections();
std::span<const FieldDef> form_fields();
const FieldDef* find_field(std::string_view key);  // nullptr for an unknown key
bool is_option(const FieldDef& field, std::string_view option);

// Bumped whenever a field is added, removed or changes meaning, so a draft saved against an
// older form can be carried forward (SPEC 6).
inline constexpr int form_version = 1;

}  // namespace anskaffa
