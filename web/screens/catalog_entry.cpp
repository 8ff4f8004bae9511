// A catalogue entry's page (SPEC 5, 7): what the resource is, the decision on it with its
// conditions or reason, its agreements (an expired one said plainly), and the units using it
// with their register holder and system administrator. A reviewer changes the decision, and a
// unit's principal or a reviewer the unit's persons and end of use, in place (entry_editor.cpp).
#include <imgui.h>

#include "shared/texts.h"
#include "web/screens/catalog_parts.h"
#include "web/screens/register_editors.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/card.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

void gap(float height) { ImGui::Dummy(ImVec2(0, height)); }

// A muted label over its value; nothing when the value is empty.
void fact(Lang lang, std::string_view id, std::string_view value) {
  if (value.empty()) return;
  const std::string key = "catalog_entry." + std::string(id);
  ui::text(key + ".label", text(lang, key), ui::TextStyle::muted);
  ui::text(key, value);
  gap(8);
}

void heading(Lang lang, std::string_view id) {
  gap(20);
  const std::string key = "catalog_entry." + std::string(id);
  ui::text(key, text(lang, key), ui::TextStyle::heading);
  gap(10);
}

std::string agreement_text(Lang lang, const api::AgreementRef& agreement) {
  if (!agreement.present) return std::string(text(lang, "catalog_entry.agreement.none"));
  const bool out = agreement.expired || !agreement.valid;
  return format_text(lang,
                     out ? "catalog_entry.agreement.expired" : "catalog_entry.agreement.valid",
                     {{"reference", agreement.reference}, {"date", agreement.valid_until}});
}

void agreement_fact(Lang lang, std::string_view id, const api::AgreementRef& agreement) {
  const std::string key = "catalog_entry." + std::string(id);
  ui::text(key + ".label", text(lang, key), ui::TextStyle::muted);
  const bool out = agreement.present && (agreement.expired || !agreement.valid);
  ui::text(key, agreement_text(lang, agreement), out ? ui::TextStyle::error : ui::TextStyle::body);
  gap(8);
}

void draw_about(Lang lang, const api::CatalogEntry& entry) {
  ui::begin_card();
  fact(lang, "supplier", entry.supplier_name);
  fact(lang, "org_number", entry.supplier_org_number);
  fact(lang, "website", entry.website_url);
  if (!entry.resource_type.empty()) {
    fact(lang, "type", text(lang, "option.resource_type." + entry.resource_type));
  }
  fact(lang, "grades", grade_levels_text(lang, entry.grade_levels));
  fact(lang, "description", entry.description);
  ui::end_card();
}

void draw_decision(App& state, const api::CatalogEntry& entry) {
  const Lang lang = state.lang;
  heading(lang, "decision");
  ui::begin_card();
  ui::text("catalog_entry.status.label", text(lang, "catalog_entry.status"), ui::TextStyle::muted);
  gap(4);
  ui::chip("catalog_entry.status", text(lang, "catalog_status." + entry.status),
           catalog_status_tone(entry.status), entry.status);
  gap(10);
  fact(lang, "conditions", entry.conditions);
  fact(lang, "reason", entry.reason);
  fact(lang, "decided_on", entry.decided_on);
  fact(lang, "case_number", entry.case_number);
  ui::end_card();
  draw_entry_editor(state);
}

void draw_agreements(Lang lang, const api::CatalogEntry& entry) {
  heading(lang, "agreements");
  ui::begin_card();
  agreement_fact(lang, "dpa", entry.dpa);
  agreement_fact(lang, "service_agreement", entry.service_agreement);
  ui::end_card();
}

// "Namn (e-post)", or what there is of it.
std::string person(const std::string& name, const std::string& email) {
  if (email.empty()) return name;
  if (name.empty()) return email;
  return name + " (" + email + ")";
}

void draw_units(App& state, const api::CatalogEntry& entry) {
  const Lang lang = state.lang;
  heading(lang, "units");
  ui::begin_card();
  if (entry.units.empty()) {
    ui::text("catalog_entry.units.none", text(lang, "catalog_entry.units.none"),
             ui::TextStyle::muted);
  }
  bool first = true;
  for (const api::CatalogUsage& unit : entry.units) {
    if (!first) {
      gap(8);
      ImGui::Separator();
      gap(12);
    }
    first = false;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string id = "catalog_entry.unit." + std::to_string(unit.unit_id);
    ui::text(id, unit.unit_name, ui::TextStyle::heading);
    gap(2);
    std::string when = format_text(lang, "catalog_entry.unit.since", {{"date", unit.since}});
    if (!unit.ended.empty()) {
      when += " · " + format_text(lang, "catalog_entry.unit.ended", {{"date", unit.ended}});
    }
    ui::text(id + ".when", when, ui::TextStyle::muted);
    gap(6);
    const std::string holder = person(unit.register_holder_name, unit.register_holder_email);
    const std::string admin = person(unit.system_admin_name, unit.system_admin_email);
    const std::string none(text(lang, "catalog_entry.none"));
    ui::text(id + ".register_holder.label", text(lang, "catalog_entry.unit.register_holder"),
             ui::TextStyle::muted);
    ui::text(id + ".register_holder", holder.empty() ? none : holder);
    gap(4);
    ui::text(id + ".system_admin.label", text(lang, "catalog_entry.unit.system_admin"),
             ui::TextStyle::muted);
    ui::text(id + ".system_admin", admin.empty() ? none : admin);
    draw_usage_editor(state, unit);
    // The unit's whole part, as the probe's row of its use.
    probe::tag_rect({.id = "usage." + std::to_string(unit.unit_id),
                     .label = unit.unit_name,
                     .kind = probe::Kind::group,
                     .value = {{"ended", unit.ended},
                               {"system_admin", unit.system_admin_name},
                               {"register_holder", unit.register_holder_name}}},
                    ImRect(start, ImVec2(start.x + width, ImGui::GetItemRectMax().y)));
  }
  ui::end_card();
}

}  // namespace

void draw_catalog_entry(App& state) {
  const Lang lang = state.lang;
  CatalogEntryPage& page = state.catalog_entry;
  begin_column(theme::kContentWidth);
  if (ui::button("catalog_entry.back", text(lang, "catalog_entry.back"), ui::ButtonStyle::quiet)) {
    open_screen(state, Screen::catalog);
  }
  gap(12);
  if (page.status == Loading::failed) {
    ui::text("catalog_entry.error", page.error, ui::TextStyle::error);
    gap(8);
    if (ui::button("catalog_entry.retry", text(lang, "list.retry"), ui::ButtonStyle::secondary)) {
      open_catalog_entry(state, page.id);
    }
    end_column();
    return;
  }
  if (page.status != Loading::loaded) {
    ui::text("catalog_entry.loading", text(lang, "list.loading"), ui::TextStyle::muted);
    end_column();
    return;
  }
  const api::CatalogEntry& entry = page.entry;
  if (state.edits.usage_entry != entry.id) {
    // Another entry: the last one's editors and notice do not belong here.
    state.edits.usage.clear();
    state.edits.entry_notice.clear();
    state.edits.usage_entry = entry.id;
  }
  ui::text("title", entry.name, ui::TextStyle::title);
  gap(16);
  draw_entry_notice(state);
  draw_about(lang, entry);
  draw_decision(state, entry);
  draw_agreements(lang, entry);
  draw_units(state, entry);
  gap(24);
  end_column();
}

}  // namespace anskaffa::web
