// The agreements register (SPEC 5, 7): DPAs and service agreements, those expiring within 90
// days first (the server orders them), each with its status in colour and the days it has
// left. A row opens the agreement's details beneath it: its periods, documents and the
// learning resources it covers.
#include <imgui.h>

#include <string>

#include "shared/texts.h"
#include "web/screens/agreement_document.h"
#include "web/screens/choice_buttons.h"
#include "web/screens/register_editors.h"
#include "web/screens/screens.h"
#include "web/theme.h"
#include "web/ui/card.h"
#include "web/ui/list_row.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

struct Filter {
  std::string_view id;  // also the text's key after "reg.agreements.filter."
  int expiring_within_days;
  std::string_view kind;
};

constexpr Filter kFilters[] = {{"all", 0, ""},
                               {"expiring", 90, ""},
                               {"dpa", 0, "dpa"},
                               {"service_agreement", 0, "service_agreement"}};

ui::Tone status_tone(std::string_view status) {
  if (status == "valid") return ui::Tone::success;
  if (status == "expiring") return ui::Tone::warning;
  if (status == "expired" || status == "terminated") return ui::Tone::error;
  return ui::Tone::neutral;  // not yet valid
}

std::string days_text(Lang lang, std::int64_t days) {
  if (days == 0) return std::string(text(lang, "reg.agreements.last_day"));
  if (days == 1) return std::string(text(lang, "reg.agreements.one_day_left"));
  if (days < 0)
    return format_text(lang, "reg.agreements.days_ago", {{"days", std::to_string(-days)}});
  return format_text(lang, "reg.agreements.days_left", {{"days", std::to_string(days)}});
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

// The filters; the chosen one is filled.
void draw_filters(App& state) {
  AgreementList& list = state.registers.agreements;
  for (std::size_t i = 0; i < std::size(kFilters); ++i) {
    const Filter& filter = kFilters[i];
    const std::string label(text(state.lang, "reg.agreements.filter." + std::string(filter.id)));
    const bool chosen = list.query.expiring_within_days == filter.expiring_within_days &&
                        list.query.kind == filter.kind;
    if (choice_button("agreements.filter." + std::string(filter.id), label, chosen, i == 0)) {
      list.query.expiring_within_days = filter.expiring_within_days;
      list.query.kind = std::string(filter.kind);
      list.status = Loading::not_loaded;
      list.items.clear();
      list.open_id = 0;
    }
  }
}

void draw_details(App& state) {
  const Lang lang = state.lang;
  const AgreementList& list = state.registers.agreements;
  ImGui::Dummy(ImVec2(0, 8));
  ui::begin_card(20);
  if (list.detail_status != Loading::loaded) {
    const bool failed = list.detail_status == Loading::failed;
    ui::text("agreement.status",
             text(lang, failed ? "reg.agreement.failed" : "reg.agreement.loading"),
             failed ? ui::TextStyle::error : ui::TextStyle::muted);
    ui::end_card();
    ImGui::Dummy(ImVec2(0, 12));
    return;
  }
  const api::Agreement& a = list.detail;
  const std::string signed_line =
      a.signed_by.empty() ? format_text(lang, "reg.agreement.signed_on", {{"date", a.signed_on}})
                          : format_text(lang, "reg.agreement.signed",
                                        {{"date", a.signed_on}, {"name", a.signed_by}});
  ui::text("agreement.signed", signed_line);
  if (!a.route.empty()) {
    ui::text("agreement.route", text(lang, "agreement.route." + a.route), ui::TextStyle::muted);
  }
  if (!a.terminated_on.empty()) {
    ui::text("agreement.terminated",
             format_text(lang, "reg.agreement.terminated", {{"date", a.terminated_on}}),
             ui::TextStyle::error);
  }
  if (!a.case_number.empty()) {
    ui::text("agreement.case",
             format_text(lang, "reg.agreement.case", {{"case_number", a.case_number}}),
             ui::TextStyle::muted);
  }

  ImGui::Dummy(ImVec2(0, 14));
  ui::text("agreement.periods", text(lang, "reg.agreement.periods"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 6));
  for (std::size_t i = 0; i < a.periods.size(); ++i) {
    const api::AgreementPeriodView& p = a.periods[i];
    std::string line =
        format_text(lang, "reg.agreement.period",
                    {{"from", p.valid_from}, {"until", p.valid_until}, {"signed", p.signed_on}});
    if (!p.recorded_by.empty()) {
      line += " · " + format_text(lang, "reg.agreement.recorded_by", {{"name", p.recorded_by}});
    }
    ui::text("agreement.period." + std::to_string(i), line);
  }

  ImGui::Dummy(ImVec2(0, 14));
  ui::text("agreement.documents", text(lang, "reg.agreement.documents"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 6));
  if (a.documents.empty()) {
    ui::text("agreement.no_documents", text(lang, "reg.agreement.no_documents"),
             ui::TextStyle::muted);
  }
  for (const api::AgreementDocumentView& d : a.documents) {
    const std::string size = std::to_string(std::max<std::int64_t>(1, (d.size + 1023) / 1024));
    ui::text("agreement.document." + std::to_string(d.id),
             format_text(lang, "reg.agreement.document", {{"name", d.name}, {"size", size}}));
  }
  draw_agreement_document(state, a);

  ImGui::Dummy(ImVec2(0, 14));
  ui::text("agreement.entries", text(lang, "reg.agreement.entries"), ui::TextStyle::heading);
  ImGui::Dummy(ImVec2(0, 6));
  if (a.entries.empty()) {
    ui::text("agreement.no_entries", text(lang, "reg.agreements.covers_none"),
             ui::TextStyle::muted);
  }
  for (std::size_t i = 0; i < a.entries.size(); ++i) {
    ui::text("agreement.entry." + std::to_string(i), a.entries[i]);
  }
  draw_agreement_changes(state, a);
  ui::end_card();
  ImGui::Dummy(ImVec2(0, 12));
}

void draw_rows(App& state) {
  const Lang lang = state.lang;
  AgreementList& list = state.registers.agreements;
  if (list.status == Loading::not_loaded) load_agreements(state);
  if (list.status == Loading::failed) {
    ui::text("agreements.failed", text(lang, "list.failed"), ui::TextStyle::error);
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("agreements.retry", text(lang, "list.retry"), ui::ButtonStyle::secondary)) {
      load_agreements(state);
    }
    return;
  }
  if (list.items.empty()) {
    const bool loading = list.status == Loading::loading;
    ui::text("agreements.status", text(lang, loading ? "list.loading" : "reg.agreements.empty"),
             ui::TextStyle::muted);
    return;
  }
  for (const api::Agreement& a : list.items) {
    const std::string title = a.supplier_name + " · " + a.reference;
    std::string detail = std::string(text(lang, "agreement.kind." + a.kind)) + " · " +
                         format_text(lang, "reg.agreements.valid_until", {{"date", a.valid_until}});
    detail += "\n";
    detail += a.entries.empty()
                  ? std::string(text(lang, "reg.agreements.covers_none"))
                  : format_text(lang, "reg.agreements.covers", {{"names", joined(a.entries)}});
    const std::string chip(text(lang, "agreement.status." + a.status));
    const std::string days =
        a.status == "not_yet_valid" ? std::string() : days_text(lang, a.days_left);
    const ui::RowContent content{
        .title = title,
        .detail = detail,
        .chip = chip,
        .chip_tone = status_tone(a.status),
        .trailing = days,
        .trailing_tone = a.status == "expiring" ? ui::Tone::warning : ui::Tone::neutral};
    const nlohmann::json value = {{"status", a.status},
                                  {"kind", a.kind},
                                  {"valid_until", a.valid_until},
                                  {"days_left", a.days_left},
                                  {"open", list.open_id == a.id}};
    if (ui::list_row("agreement." + std::to_string(a.id), content, value)) {
      toggle_agreement(state, a.id);
    }
    if (list.open_id == a.id) draw_details(state);
  }
  ImGui::Dummy(ImVec2(0, 8));
  const std::string count = format_text(
      lang, "list.count",
      {{"shown", std::to_string(list.items.size())}, {"total", std::to_string(list.total)}});
  ui::text("agreements.count", count, ui::TextStyle::muted);
  // A filter's outcome is said when it changes (WCAG 4.1.3).
  if (list.status == Loading::loaded) {
    probe::mark_status("agreements.count", "agreements.count",
                       format_text(lang, "a11y.status.agreements",
                                   {{"shown", std::to_string(list.items.size())},
                                    {"total", std::to_string(list.total)}}));
  }
  if (static_cast<std::int64_t>(list.items.size()) < list.total &&
      list.status != Loading::loading) {
    ImGui::Dummy(ImVec2(0, 8));
    if (ui::button("agreements.more", text(lang, "list.more"), ui::ButtonStyle::secondary)) {
      list.query.per_page = std::min(200, list.query.per_page + 50);
      load_agreements(state);
    }
  }
}

}  // namespace

void draw_agreements(App& state) {
  const Lang lang = state.lang;
  begin_column(theme::kContentWidth);
  ui::text("title", text(lang, "nav.agreements"), ui::TextStyle::title);
  ImGui::Dummy(ImVec2(0, 4));
  ui::text("intro", text(lang, "screen.agreements.intro"), ui::TextStyle::muted);
  ImGui::Dummy(ImVec2(0, 20));
  draw_new_agreement(state);
  draw_filters(state);
  ImGui::Dummy(ImVec2(0, 16));
  draw_rows(state);
  end_column();
}

}  // namespace anskaffa::web
