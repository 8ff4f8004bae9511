// The request form's field renderer (see form_field.h).
#include "web/screens/form_field.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <string>
#include <vector>

#include "shared/texts.h"
#include "shared/utf8.h"
#include "web/theme.h"
#include "web/ui/date_picker.h"
#include "web/ui/findings.h"
#include "web/ui/probe.h"
#include "web/ui/widget_parts.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

// A choice with this many options or fewer is a row or column of radio buttons, where every
// option is visible at once; more become a drop-down list.
constexpr std::size_t kMaxRadioOptions = 4;
// A text field this long is written as prose (the pedagogical purpose, a motivation).
constexpr int kMultiLineFrom = 1000;
constexpr float kShortFieldWidth = 240;  // numbers and dates

std::string option_key(std::string_view field, std::string_view option) {
  return "option." + std::string(field) + "." + std::string(option);
}

std::string option_id(std::string_view field, std::string_view option) {
  return std::string(field) + "." + std::string(option);
}

bool is_required(const FieldDef& field) {
  // A conditional field is asked only when it applies (relevance.h), and then it is required;
  // supplier_name is required unless the request names a catalogue entry.
  return field.presence != Presence::optional;
}

// The label, wrapped, with a red "*" after its last word when the field is required.
void label_with_marker(std::string_view label, bool required) {
  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  const float line = ImGui::GetTextLineHeight();
  const char* text = label.data();
  const char* end = label.data() + label.size();
  // Walk the lines as AddText will wrap them, to find where the last one ends.
  float y = 0;
  float last_width = 0;
  const char* start = text;
  while (start < end) {
    const char* stop = font->CalcWordWrapPositionA(scale, start, end, width);
    if (stop == start) stop = start + 1;
    last_width = ImGui::CalcTextSize(start, stop).x;
    start = stop;
    while (start < end && (*start == ' ' || *start == '\n')) ++start;
    if (start < end) y += line;
  }
  ui::parts::draw_text(pos, label, theme::colours().text, width);
  float height = y + line;
  if (required) {
    const float star = ImGui::CalcTextSize(" *").x;
    ImVec2 at(pos.x + last_width, pos.y + y);
    if (last_width + star > width) {
      at = ImVec2(pos.x, pos.y + y + line);
      height += line;
    }
    ui::parts::draw_text(at, " *", theme::colours().error_text);
  }
  ImGui::Dummy(ImVec2(width, height));
}

// What a field asks of the person filling in the form about themself (WCAG 1.3.5), so that
// browsers and assistive technology can fill it in or mark it. Only the requester's own name
// and e-mail: the other names and e-mails are other people's (the principal's, the register
// holder's), which autocomplete would fill with the user's own.
std::string_view input_purpose(std::string_view key) {
  if (key == "requester_name") return "name";
  if (key == "requester_email") return "email";
  return {};
}

probe::Tag field_tag(const FieldDef& field, const Draft& draft, const Findings& shown) {
  probe::Tag tag;
  tag.value = draft.value(field);
  tag.has_value = true;
  tag.findings = ui::finding_codes(shown);
  tag.has_findings = true;
  tag.required = is_required(field);
  tag.autocomplete = std::string(input_purpose(field.key));
  return tag;
}

// An option of a group: its findings are shown under the group, none under the option.
probe::Tag option_tag() { return {.has_findings = true}; }

TextHint hint_for(FieldType type) {
  switch (type) {
    case FieldType::email:
      return TextHint::email;
    case FieldType::url:
      return TextHint::url;
    case FieldType::integer:
    case FieldType::number:
      return TextHint::number;
    default:
      return TextHint::text;
  }
}

FieldOutcome typed_widget(const FieldDef& field, Draft& draft, const FieldView& view,
                          const Findings& shown) {
  const Lang lang = view.lang;
  const std::string_view label = field_label(lang, field.key);
  std::string& text = draft.typed(field.key);
  const bool error = has_errors(shown);
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, theme::colours().error_text);
  ui::FieldEvents events;
  if (field.type == FieldType::text && field.max_length >= kMultiLineFrom) {
    const float height = ImGui::GetTextLineHeight() * 5 + 2 * ImGui::GetStyle().FramePadding.y;
    events = ui::text_area(field.key, label, text, height, field_tag(field, draft, shown));
  } else {
    const bool short_field = field.type == FieldType::integer || field.type == FieldType::number ||
                             field.type == FieldType::date;
    ui::TextInputOptions options{.hint = hint_for(field.type), .enabled = !view.read_only};
    if (short_field) options.width = kShortFieldWidth;
    if (field.type == FieldType::date) options.placeholder = anskaffa::text(lang, "form.date_hint");
    if (field.type == FieldType::url) options.placeholder = "https://";
    events = ui::text_box(field.key, label, text, options, field_tag(field, draft, shown));
    if (field.type == FieldType::date && !view.read_only) {
      ImGui::SameLine(0, 8);
      if (ui::date_picker(field.key, lang, text)) events.changed = true;
    }
  }
  if (error) ImGui::PopStyleColor();
  if (field.type == FieldType::text && field.max_length >= kMultiLineFrom) {
    // How much room is left, as the core counts it (code points of the trimmed text).
    const std::string count =
        std::to_string(code_point_count(trim(text))) + " / " + std::to_string(field.max_length);
    const float width = ImGui::CalcTextSize(count.c_str()).x;
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x - width);
    ImGui::PushStyleColor(ImGuiCol_Text, theme::colours().muted_text);
    ImGui::TextUnformatted(count.c_str());
    ImGui::PopStyleColor();
  }
  return {events.changed, events.deactivated};
}

FieldOutcome radio_group(const FieldDef& field, Draft& draft, const FieldView& view) {
  FieldOutcome outcome;
  const Lang lang = view.lang;
  const nlohmann::json& chosen = draft.chosen(field.key);
  // On one line when every option fits beside the others, else one under another.
  constexpr float kSpacing = 28;
  float total = 0;
  for (std::string_view option : field.options) {
    total += ui::option_width(text(lang, option_key(field.key, option))) + kSpacing;
  }
  const bool in_a_row = total <= ImGui::GetContentRegionAvail().x;
  bool first = true;
  for (std::string_view option : field.options) {
    if (in_a_row && !first) ImGui::SameLine(0, kSpacing);
    first = false;
    const bool selected = chosen.is_string() && chosen.get_ref<const std::string&>() == option;
    if (ui::radio(option_id(field.key, option), text(lang, option_key(field.key, option)), selected,
                  0, option_tag())) {
      draft.choose(field.key, std::string(option));
      outcome.changed = true;
    }
  }
  return outcome;
}

FieldOutcome checkbox_group(const FieldDef& field, Draft& draft, const FieldView& view) {
  FieldOutcome outcome;
  const Lang lang = view.lang;
  const float avail = ImGui::GetContentRegionAvail().x;
  const int columns = avail >= 520 ? 2 : 1;
  const float column_width = avail / static_cast<float>(columns);
  const float left = ImGui::GetCursorPosX();
  int index = 0;
  for (std::string_view option : field.options) {
    const int column = index++ % columns;
    if (column > 0) {
      ImGui::SameLine();  // SameLine(x) would count x from the card's group, not the window
      ImGui::SetCursorPosX(left + column_width * static_cast<float>(column));
    }
    bool on = draft.has_option(field.key, option);
    if (ui::checkbox(option_id(field.key, option), text(lang, option_key(field.key, option)), on,
                     option_tag(), true, column_width - 16)) {
      draft.set_option(field, option, on);
      outcome.changed = true;
    }
  }
  return outcome;
}

FieldOutcome choice_combo(const FieldDef& field, Draft& draft, const FieldView& view,
                          const Findings& shown) {
  const Lang lang = view.lang;
  std::vector<std::string> labels;
  std::vector<std::string> ids;
  int selected = -1;
  const nlohmann::json& chosen = draft.chosen(field.key);
  for (std::string_view option : field.options) {
    if (chosen.is_string() && chosen.get_ref<const std::string&>() == option) {
      selected = static_cast<int>(labels.size());
    }
    labels.emplace_back(text(lang, option_key(field.key, option)));
    ids.push_back(option_id(field.key, option));
  }
  const float width = std::min(ImGui::GetContentRegionAvail().x, 420.0f);
  const bool error = has_errors(shown);
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, theme::colours().error_text);
  const bool changed = ui::combo(field.key, field_label(lang, field.key), labels, ids, selected,
                                 text(lang, "form.choose"), width, field_tag(field, draft, shown));
  if (error) ImGui::PopStyleColor();
  if (changed) draft.choose(field.key, std::string(field.options[selected]));
  return {changed, false};
}

std::string unit_label(const UnitRef& unit) {
  return unit.school_form.empty() ? unit.name : unit.name + " – " + unit.school_form;
}

FieldOutcome unit_combo(const FieldDef& field, Draft& draft, const FieldView& view,
                        const Findings& shown) {
  const Lang lang = view.lang;
  if (view.units == nullptr || view.units->status != Units::Status::loaded) {
    const bool failed = view.units && view.units->status == Units::Status::failed;
    ui::text(std::string(field.key) + ".status",
             text(lang, failed ? "form.units_failed" : "form.units_loading"),
             failed ? ui::TextStyle::error : ui::TextStyle::muted);
    return {};
  }
  std::vector<std::string> labels;
  std::vector<std::string> ids;
  int selected = -1;
  const nlohmann::json& chosen = draft.chosen(field.key);
  for (const UnitRef& unit : view.units->list) {
    if (chosen.is_number_integer() && chosen.get<std::int64_t>() == unit.id) {
      selected = static_cast<int>(labels.size());
    }
    labels.push_back(unit_label(unit));
    ids.push_back(std::string(field.key) + "." + std::to_string(unit.id));
  }
  const float width = std::min(ImGui::GetContentRegionAvail().x, 480.0f);
  const bool error = has_errors(shown);
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, theme::colours().error_text);
  const bool changed = ui::combo(field.key, field_label(lang, field.key), labels, ids, selected,
                                 text(lang, "form.choose"), width, field_tag(field, draft, shown));
  if (error) ImGui::PopStyleColor();
  if (changed) draft.choose(field.key, view.units->list[static_cast<std::size_t>(selected)].id);
  return {changed, false};
}

}  // namespace

std::string_view field_label(Lang lang, std::string_view key) {
  return text(lang, "field." + std::string(key) + ".label");
}

FieldOutcome draw_form_field(const FieldDef& field, Draft& draft, const FieldView& view) {
  const Lang lang = view.lang;
  const std::string key(field.key);
  ImGui::PushID(key.c_str());
  // A field's parts sit close together, so each field reads as one block.
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(12, 6));
  Findings shown = view.findings ? view.findings() : Findings{};
  const std::string_view label = field_label(lang, field.key);
  const std::string_view help = text(lang, "field." + key + ".help");
  const bool group = field.type == FieldType::set ||
                     (field.type == FieldType::choice && field.options.size() <= kMaxRadioOptions);

  FieldOutcome outcome;
  if (field.type == FieldType::boolean) {
    // A checkbox carries its own label; its help text goes under it.
    bool checked = draft.chosen(field.key).is_boolean() && draft.chosen(field.key).get<bool>();
    probe::Tag tag = field_tag(field, draft, shown);
    tag.value = checked;
    if (ui::checkbox(field.key, std::string(label) + (is_required(field) ? " *" : ""), checked,
                     std::move(tag))) {
      draft.choose(field.key, checked);
      outcome.changed = true;
    }
    ImGui::Indent(32);
    ui::text(key + ".help", help, ui::TextStyle::muted);
    ImGui::Unindent(32);
  } else {
    label_with_marker(label, is_required(field));
    probe::tag_last_item({.id = key + ".label", .label = std::string(label)});
    if (!help.empty() && help != "field." + key + ".help") {
      ui::text(key + ".help", help, ui::TextStyle::muted);
    }
    ImGui::Dummy(ImVec2(0, 2));
    const ImVec2 group_start = ImGui::GetCursorScreenPos();
    if (group) ImGui::BeginGroup();
    switch (field.type) {
      case FieldType::set:
        outcome = checkbox_group(field, draft, view);
        break;
      case FieldType::choice:
        outcome = group ? radio_group(field, draft, view) : choice_combo(field, draft, view, shown);
        break;
      case FieldType::unit:
        outcome = unit_combo(field, draft, view, shown);
        break;
      default:
        outcome = typed_widget(field, draft, view, shown);
        break;
    }
    if (group) {
      ImGui::EndGroup();
      if (outcome.changed && view.on_change) view.on_change();
      if (outcome.changed && view.findings) shown = view.findings();
      probe::Tag tag = field_tag(field, draft, shown);
      tag.id = key;
      tag.label = std::string(label);
      tag.kind = probe::Kind::group;
      const ImVec2 end = ImGui::GetItemRectMax();
      probe::tag_rect(
          std::move(tag),
          ImRect(group_start, ImVec2(group_start.x + ImGui::GetContentRegionAvail().x, end.y)));
    }
  }
  if (outcome.changed && !group && view.on_change) view.on_change();
  if (outcome.changed && !group && view.findings) shown = view.findings();
  // The widget was tagged before its edit took effect; the probe reports the field as it
  // is after this frame.
  if (!group && field.type != FieldType::boolean) {
    probe::update_tag(key, draft.value(field), ui::finding_codes(shown));
  }
  if (!shown.empty()) {
    ImGui::Dummy(ImVec2(0, 2));
    ui::finding_lines(key + ".finding", shown);
  }
  ImGui::PopStyleVar();
  ImGui::PopID();
  return outcome;
}

std::string field_display_value(const FieldDef& field, const Draft& draft, Lang lang,
                                const Units& units) {
  const nlohmann::json value = draft.value(field);
  if (value.is_null()) return std::string(text(lang, "form.summary.not_answered"));
  switch (field.type) {
    case FieldType::choice:
      return value.is_string()
                 ? std::string(text(lang, option_key(field.key, value.get<std::string>())))
                 : value.dump();
    case FieldType::set: {
      std::string joined;
      for (const auto& option : value) {
        if (!option.is_string()) continue;
        if (!joined.empty()) joined += ", ";
        joined += text(lang, option_key(field.key, option.get<std::string>()));
      }
      return joined;
    }
    case FieldType::boolean:
      return std::string(
          text(lang, value.is_boolean() && value.get<bool>() ? "form.yes" : "form.no"));
    case FieldType::unit:
      for (const UnitRef& unit : units.list) {
        if (value.is_number_integer() && unit.id == value.get<std::int64_t>()) {
          return unit_label(unit);
        }
      }
      return value.dump();
    default:
      // Typed fields read as typed, so the summary shows what the user wrote.
      return draft.typed(field.key);
  }
}

}  // namespace anskaffa::web
