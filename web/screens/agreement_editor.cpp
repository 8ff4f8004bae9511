// The agreements register's editors (SPEC 5), for those the core lets manage agreements: a new
// DPA or service agreement with the resources it covers (found by the catalogue's search), and
// for the open agreement its edit (supplier, reference, route), a renewal (a new period) and a
// termination (the day it ends). The signed PDF's upload is another part of the screen.
#include <imgui.h>

#include <string>

#include "shared/agreements.h"
#include "shared/registers.h"
#include "shared/texts.h"
#include "shared/utf8.h"
#include "web/register_edits.h"
#include "web/screens/choice_buttons.h"
#include "web/screens/edit_field.h"
#include "web/screens/register_editors.h"
#include "web/ui/card.h"
#include "web/ui/findings.h"
#include "web/ui/probe.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

using Values = std::map<std::string, std::string, std::less<>>;

constexpr const char* kKinds[] = {"dpa", "service_agreement"};
constexpr const char* kRoutes[] = {"atea", "gr_utbildning", "direct_procurement"};

void gap(float height) { ImGui::Dummy(ImVec2(0, height)); }

bool may_manage(const App& state) {
  return state.user && may(api::core_user(*state.user), RegisterAccess::manage_agreements);
}

// A text or date field of an agreement form: `field` is the body's name (and the findings'),
// `prefix` the probe id's start.
void field(Lang lang, const std::string& prefix, std::string_view name, Values& values,
           const Findings& core, EditOutcome& outcome, EditKind kind = EditKind::text) {
  // A renewal's fields share the labels of the agreement's ("renewal.valid_from").
  std::string_view base = name;
  if (const auto dot = base.rfind('.'); dot != std::string_view::npos) base.remove_prefix(dot + 1);
  const std::string label(text(lang, "agreement.field." + std::string(base)));
  const std::string key(name);
  const EditEvents events =
      edit_field({.id = prefix + key, .label = label, .kind = kind, .required = true, .lang = lang},
                 values[key], shown_edit_findings(core, outcome, name));
  field_edited(outcome, name, events.changed, events.left);
}

// The purchase routes as choice buttons, with the route's findings under them.
void route_choice(Lang lang, const std::string& prefix, Values& values, const Findings& core,
                  EditOutcome& outcome) {
  const std::string label = std::string(text(lang, "agreement.field.route")) + " *";
  ImGui::TextUnformatted(label.c_str());
  gap(2);
  std::string& route = values["route"];
  for (std::size_t i = 0; i < std::size(kRoutes); ++i) {
    const std::string key(kRoutes[i]);
    if (choice_button(prefix + "route." + key, text(lang, "agreement.route." + key), route == key,
                      i == 0)) {
      route = key;
      outcome.server.clear();
    }
  }
  const Findings shown = shown_edit_findings(core, outcome, "route");
  if (!shown.empty()) {
    gap(2);
    ui::finding_lines(prefix + "route.finding", shown);
  }
  gap(10);
}

void outcome_and_buttons(Lang lang, const std::string& prefix, const EditOutcome& outcome,
                         const Findings& core, std::string_view save_key, bool& save,
                         bool& cancel) {
  if (error_shown(outcome, core)) {
    ui::text(prefix + "error", outcome.error, ui::TextStyle::error);
    gap(8);
  }
  const std::string label(text(lang, outcome.sending ? "regedit.saving" : save_key));
  save = ui::button(prefix + "save", label, ui::ButtonStyle::primary, 0, !outcome.sending);
  ImGui::SameLine(0, 8);
  cancel = ui::button(prefix + "cancel", text(lang, "regedit.cancel"), ui::ButtonStyle::quiet, 0,
                      !outcome.sending);
}

// The resources the new agreement covers: the chosen ones, and a search to add more.
void covered_resources(App& state) {
  const Lang lang = state.lang;
  AgreementForm& form = state.edits.new_agreement;
  const std::string label(text(lang, "agreement.field.catalog_ids"));
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::TextUnformatted(label.c_str());
  gap(2);
  if (form.covered.empty()) {
    ui::text("agreement.catalog_ids.none", text(lang, "regedit.agreement.covers_none"),
             ui::TextStyle::muted);
  }
  for (std::size_t i = 0; i < form.covered.size(); ++i) {
    const api::CatalogItem& item = form.covered[i];
    const std::string id = std::to_string(item.id);
    ImGui::AlignTextToFramePadding();
    ui::text("agreement.catalog_ids.chosen." + id, item.name);
    ImGui::SameLine(0, 12);
    if (ui::button("agreement.catalog_ids.remove." + id, text(lang, "regedit.agreement.remove"),
                   ui::ButtonStyle::quiet)) {
      form.covered.erase(form.covered.begin() + static_cast<std::ptrdiff_t>(i));
      break;
    }
  }
  gap(6);
  const std::string placeholder(text(lang, "regedit.agreement.search"));
  if (ui::text_box("agreement.catalog_ids.search", placeholder, form.search,
                   {.placeholder = placeholder})
          .changed) {
    agreement_search_typed(state);
  }
  if (!form.search.empty() && form.found.empty() && trim(form.search) == form.answered) {
    ui::text("agreement.catalog_ids.no_match", text(lang, "regedit.agreement.search_none"),
             ui::TextStyle::muted);
  }
  for (const api::CatalogItem& item : form.found) {
    bool chosen = false;
    for (const api::CatalogItem& c : form.covered) chosen = chosen || c.id == item.id;
    if (chosen) continue;
    const std::string id = std::to_string(item.id);
    ImGui::AlignTextToFramePadding();
    ui::text("agreement.catalog_ids.found." + id, item.name + " · " + item.supplier_name);
    ImGui::SameLine(0, 12);
    if (ui::button("agreement.catalog_ids.add." + id, text(lang, "regedit.agreement.add"),
                   ui::ButtonStyle::secondary)) {
      form.covered.push_back(item);
      // The search has done its work; the field is ready for the next resource.
      form.search.clear();
      form.found.clear();
      ++form.typing;
      break;
    }
  }
  // The whole picker, as the probe's field: its value is the ids the body's catalog_ids gets.
  nlohmann::json ids = nlohmann::json::array();
  for (const api::CatalogItem& item : form.covered) ids.push_back(item.id);
  probe::tag_rect({.id = "agreement.catalog_ids",
                   .label = label,
                   .kind = probe::Kind::group,
                   .value = std::move(ids),
                   .has_value = true},
                  ImRect(start, ImVec2(start.x + width, ImGui::GetItemRectMax().y)));
  gap(12);
}

}  // namespace

void draw_new_agreement(App& state) {
  if (!may_manage(state)) return;
  const Lang lang = state.lang;
  AgreementForm& form = state.edits.new_agreement;
  if (!state.edits.agreements_notice.empty() && state.edits.notice_agreement == 0) {
    ui::text("agreements.notice", state.edits.agreements_notice, ui::TextStyle::success);
    gap(10);
  }
  if (!form.open) {
    if (ui::button("agreement.new", text(lang, "regedit.agreement.new"))) open_new_agreement(state);
    gap(16);
    return;
  }
  const Findings core = new_agreement_findings(state);
  ui::begin_card();
  ui::text("agreement.new.title", text(lang, "regedit.agreement.new_title"),
           ui::TextStyle::heading);
  gap(12);
  const std::string kind_label = std::string(text(lang, "agreement.field.kind")) + " *";
  ImGui::TextUnformatted(kind_label.c_str());
  gap(2);
  std::string& kind = form.values["kind"];
  for (std::size_t i = 0; i < std::size(kKinds); ++i) {
    const std::string key(kKinds[i]);
    if (choice_button("agreement.kind." + key, text(lang, "agreement.kind." + key), kind == key,
                      i == 0)) {
      kind = key;
      form.outcome.server.clear();
    }
  }
  gap(12);
  field(lang, "agreement.", "supplier_name", form.values, core, form.outcome);
  field(lang, "agreement.", "reference", form.values, core, form.outcome);
  if (kind == "service_agreement")
    route_choice(lang, "agreement.", form.values, core, form.outcome);
  field(lang, "agreement.", "signed_on", form.values, core, form.outcome, EditKind::date);
  field(lang, "agreement.", "valid_from", form.values, core, form.outcome, EditKind::date);
  field(lang, "agreement.", "valid_until", form.values, core, form.outcome, EditKind::date);
  covered_resources(state);
  bool save = false;
  bool cancel = false;
  outcome_and_buttons(lang, "agreement.", form.outcome, new_agreement_findings(state),
                      "regedit.agreement.create", save, cancel);
  ui::end_card();
  gap(20);
  if (save) save_new_agreement(state);
  if (cancel) form = AgreementForm{};
}

void draw_agreement_changes(App& state, const api::Agreement& agreement) {
  if (!may_manage(state)) return;
  const Lang lang = state.lang;
  AgreementChangeForm& form = state.edits.agreement_change;
  const std::string prefix = "agreement." + std::to_string(agreement.id) + ".";
  const bool open = form.id == agreement.id && form.edit != AgreementEdit::none;
  gap(16);
  if (!open && state.edits.notice_agreement == agreement.id &&
      !state.edits.agreements_notice.empty()) {
    ui::text(prefix + "notice", state.edits.agreements_notice, ui::TextStyle::success);
    gap(8);
  }
  if (!open) {
    // A termination is final: no renewal and no other termination after it (SPEC 5).
    const bool changeable = agreement.terminated_on.empty();
    bool first = true;
    const auto offer = [&](const char* key, const char* label, AgreementEdit edit) {
      if (!first) ImGui::SameLine(0, 8);
      first = false;
      if (ui::button(prefix + key, text(lang, label), ui::ButtonStyle::secondary)) {
        open_agreement_change(state, agreement, edit);
      }
    };
    if (changeable) offer("renew", "regedit.agreement.renew", AgreementEdit::renew);
    if (changeable) offer("terminate", "regedit.agreement.terminate", AgreementEdit::terminate);
    offer("edit", "regedit.agreement.edit", AgreementEdit::edit);
    return;
  }
  const Findings core = agreement_change_findings(state);
  const char* title = form.edit == AgreementEdit::renew       ? "regedit.agreement.renew_title"
                      : form.edit == AgreementEdit::terminate ? "regedit.agreement.terminate_title"
                                                              : "regedit.agreement.edit_title";
  ImGui::Separator();
  gap(12);
  ui::text(prefix + "form.title", text(lang, title), ui::TextStyle::heading);
  gap(8);
  const char* save_key = "regedit.save";
  switch (form.edit) {
    case AgreementEdit::renew:
      field(lang, prefix, "renewal.signed_on", form.values, core, form.outcome, EditKind::date);
      field(lang, prefix, "renewal.valid_from", form.values, core, form.outcome, EditKind::date);
      field(lang, prefix, "renewal.valid_until", form.values, core, form.outcome, EditKind::date);
      save_key = "regedit.agreement.renew_save";
      break;
    case AgreementEdit::terminate:
      ui::text(prefix + "terminate.note", text(lang, "regedit.agreement.terminate_note"),
               ui::TextStyle::muted);
      gap(8);
      field(lang, prefix, "terminated_on", form.values, core, form.outcome, EditKind::date);
      save_key = "regedit.agreement.terminate_save";
      break;
    case AgreementEdit::edit:
      field(lang, prefix, "supplier_name", form.values, core, form.outcome);
      field(lang, prefix, "reference", form.values, core, form.outcome);
      if (form.kind == "service_agreement") {
        route_choice(lang, prefix, form.values, core, form.outcome);
      }
      break;
    case AgreementEdit::none:
      break;
  }
  bool save = false;
  bool cancel = false;
  outcome_and_buttons(lang, prefix, form.outcome, agreement_change_findings(state), save_key, save,
                      cancel);
  if (save) save_agreement_change(state);
  if (cancel) form = AgreementChangeForm{};
}

}  // namespace anskaffa::web
