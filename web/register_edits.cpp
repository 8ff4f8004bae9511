// The intents behind the registers' editors. Every rule on what is typed is the core's
// (catalog_rules.h, agreements.h); the app sends nothing the core finds wrong, and maps the
// server's findings back to the fields by their names.
#include "web/register_edits.h"

#include <nlohmann/json.hpp>

#include "shared/agreements.h"
#include "shared/catalog_rules.h"
#include "shared/date.h"
#include "shared/texts.h"
#include "shared/utf8.h"
#include "web/api/register_edits.h"
#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

using nlohmann::json;

constexpr double kTypingPause = 250;
constexpr int kSearchResults = 8;

const std::string& value_of(const std::map<std::string, std::string, std::less<>>& values,
                            std::string_view key) {
  static const std::string empty;
  const auto found = values.find(key);
  return found == values.end() ? empty : found->second;
}

void append(Findings& to, const Findings& from) { to.insert(to.end(), from.begin(), from.end()); }
void append(Findings& to, const std::optional<Finding>& from) {
  if (from) to.push_back(*from);
}

// Marks the editor as sending; false when the core has findings (they are shown, nothing is
// sent) or a save is already on its way.
bool start_sending(EditOutcome& outcome, const Findings& findings, Lang lang) {
  if (outcome.sending) return false;
  outcome.attempted = true;
  outcome.server.clear();
  outcome.refusal = false;
  if (has_errors(findings)) {
    outcome.error = std::string(text(lang, "regedit.fix"));
    return false;
  }
  outcome.error.clear();
  outcome.sending = true;
  return true;
}

// A refusal in the user's words; a 422's findings go to their fields.
void refused(EditOutcome& outcome, const api::WriteResult& result, Lang lang) {
  outcome.sending = false;
  outcome.refusal = true;
  if (result.status == 422 && !result.findings.empty()) {
    outcome.server = result.findings;
    outcome.error = std::string(text(lang, "regedit.fix"));
    return;
  }
  const std::string message = result.status == 0       ? std::string(text(lang, "request.offline"))
                              : result.message.empty() ? "HTTP " + std::to_string(result.status)
                                                       : result.message;
  outcome.error = format_text(lang, "regedit.failed", {{"message", message}});
}

bool done_ok(const api::WriteResult& result) {
  return result.status == 200 || result.status == 201;
}

// The change feed shows usage changes; it is asked again when next opened.
void changes_outdated(App& state) {
  if (state.registers.changes.status != Loading::loading) {
    state.registers.changes.status = Loading::not_loaded;
  }
}

void reload_agreements(App& state, std::int64_t open_id) {
  AgreementList& list = state.registers.agreements;
  if (list.status != Loading::loading) list.status = Loading::not_loaded;
  load_agreements(state);
  list.open_id = 0;
  if (open_id != 0) toggle_agreement(state, open_id);
}

}  // namespace

void field_edited(EditOutcome& outcome, std::string_view field, bool changed, bool left) {
  if (changed) outcome.server.clear();
  if (left) outcome.visited.insert(std::string(field));
}

bool error_shown(const EditOutcome& outcome, const Findings& core) {
  return !outcome.error.empty() && (outcome.refusal || has_errors(core));
}

Findings shown_edit_findings(const Findings& core, const EditOutcome& outcome,
                             std::string_view field) {
  Findings shown;
  if (outcome.attempted || outcome.visited.contains(field)) {
    for (const Finding& f : core) {
      if (f.field == field) shown.push_back(f);
    }
  }
  for (const Finding& f : outcome.server) {
    if (f.field != field) continue;
    bool known = false;
    for (const Finding& s : shown) known = known || s.code == f.code;
    if (!known) shown.push_back(f);
  }
  return shown;
}

// --- A catalogue entry's decision.

void open_entry_editor(App& state) {
  const api::CatalogEntry& entry = state.catalog_entry.entry;
  EntryEditor& editor = state.edits.entry;
  editor = EntryEditor{};
  editor.open = true;
  editor.entry_id = entry.id;
  editor.status = entry.status;
  editor.conditions = entry.conditions;
  editor.reason = entry.reason;
  state.edits.entry_notice.clear();
}

Findings entry_editor_findings(const App& state) {
  const EntryEditor& editor = state.edits.entry;
  const auto status = parse_catalog_status(editor.status);
  if (!status) return {make_finding(state.lang, "status", "required", Severity::error)};
  return check_catalog_status(*status, editor.conditions, editor.reason, state.lang);
}

void save_entry_decision(App& state) {
  EntryEditor& editor = state.edits.entry;
  const Lang lang = state.lang;
  if (!start_sending(editor.outcome, entry_editor_findings(state), lang)) return;
  json body = {{"status", editor.status}};
  // Only the text the status asks for: the server clears the other.
  if (editor.status == "approved_with_conditions") body["conditions"] = editor.conditions;
  if (editor.status == "not_approved" || editor.status == "phased_out") {
    body["reason"] = editor.reason;
  }
  const std::int64_t id = editor.entry_id;
  api::put_catalog_decision(id, body, lang, [&state, id, lang](const api::WriteResult& result) {
    EntryEditor& answered = state.edits.entry;
    if (answered.entry_id != id) return;  // the user has moved on to another entry
    if (done_ok(result)) {
      answered = EntryEditor{};
      state.edits.entry_notice = std::string(text(lang, "regedit.saved"));
      open_catalog_entry(state, id);
      return;
    }
    refused(answered.outcome, result, lang);
    // Someone changed the entry meanwhile: it is read again, and what was typed stays.
    if (result.status == 409) open_catalog_entry(state, id);
  });
}

// --- A unit's use.

void open_usage_editor(App& state, const api::CatalogUsage& usage) {
  UsageEditor editor;
  editor.register_holder_name = usage.register_holder_name;
  editor.register_holder_email = usage.register_holder_email;
  editor.system_admin_name = usage.system_admin_name;
  editor.system_admin_email = usage.system_admin_email;
  editor.ended = usage.ended;
  editor.since = usage.since;
  state.edits.usage[usage.unit_id] = std::move(editor);
  state.edits.entry_notice.clear();
}

namespace {

const api::CatalogUsage* stored_usage(const App& state, std::int64_t unit_id) {
  for (const api::CatalogUsage& usage : state.catalog_entry.entry.units) {
    if (usage.unit_id == unit_id) return &usage;
  }
  return nullptr;
}

struct PersonField {
  std::string_view key;
  std::string UsageEditor::*typed;
  std::string api::CatalogUsage::*stored;
};

constexpr PersonField kPersonFields[] = {
    {"register_holder_name", &UsageEditor::register_holder_name,
     &api::CatalogUsage::register_holder_name},
    {"register_holder_email", &UsageEditor::register_holder_email,
     &api::CatalogUsage::register_holder_email},
    {"system_admin_name", &UsageEditor::system_admin_name, &api::CatalogUsage::system_admin_name},
    {"system_admin_email", &UsageEditor::system_admin_email,
     &api::CatalogUsage::system_admin_email},
};

// The edit as the body PUT takes it: only what differs from what is stored, so that a person
// left as it was is not checked again. An emptied end of use is sent as null (undone).
json usage_body(const UsageEditor& editor, const api::CatalogUsage& stored) {
  json body = json::object();
  for (const PersonField& field : kPersonFields) {
    const std::string& typed = editor.*field.typed;
    if (trim(typed) != trim(stored.*field.stored)) body[std::string(field.key)] = typed;
  }
  const std::string ended(trim(editor.ended));
  if (ended != stored.ended) body["ended"] = ended.empty() ? json(nullptr) : json(ended);
  return body;
}

}  // namespace

Findings usage_editor_findings(const App& state, std::int64_t unit_id) {
  const auto editor = state.edits.usage.find(unit_id);
  const api::CatalogUsage* stored = stored_usage(state, unit_id);
  if (editor == state.edits.usage.end() || stored == nullptr) return {};
  const json body = usage_body(editor->second, *stored);
  Findings findings;
  for (const PersonField& field : kPersonFields) {
    if (body.contains(std::string(field.key))) {
      append(findings, check_usage_person(field.key, editor->second.*field.typed, state.lang));
    }
  }
  if (body.contains("ended") && body["ended"].is_string()) {
    append(findings,
           check_usage_end(editor->second.since, body["ended"].get<std::string>(), state.lang));
  }
  return findings;
}

void save_usage(App& state, std::int64_t unit_id) {
  const auto found = state.edits.usage.find(unit_id);
  const api::CatalogUsage* stored = stored_usage(state, unit_id);
  if (found == state.edits.usage.end() || stored == nullptr) return;
  UsageEditor& editor = found->second;
  const Lang lang = state.lang;
  if (!start_sending(editor.outcome, usage_editor_findings(state, unit_id), lang)) return;
  const json body = usage_body(editor, *stored);
  const std::int64_t id = state.catalog_entry.id;
  api::put_usage(id, unit_id, body, lang, [&state, id, unit_id, lang](const api::WriteResult& r) {
    if (state.catalog_entry.id != id) return;
    const auto answered = state.edits.usage.find(unit_id);
    if (answered == state.edits.usage.end()) return;
    if (done_ok(r)) {
      state.edits.usage.erase(answered);
      state.edits.entry_notice = std::string(text(lang, "regedit.saved"));
      changes_outdated(state);
      open_catalog_entry(state, id);
      return;
    }
    refused(answered->second.outcome, r, lang);
    if (r.status == 409) open_catalog_entry(state, id);
  });
}

// --- The agreements register.

void open_new_agreement(App& state) {
  AgreementForm& form = state.edits.new_agreement;
  form = AgreementForm{};
  form.open = true;
  form.values["kind"] = "dpa";
  state.edits.agreement_change = AgreementChangeForm{};
  state.edits.agreements_notice.clear();
  state.registers.agreements.open_id = 0;  // the form and one agreement's details, not both
}

Findings new_agreement_findings(const App& state) {
  const AgreementForm& form = state.edits.new_agreement;
  AgreementDraft draft;
  draft.kind = value_of(form.values, "kind");
  draft.supplier_name = value_of(form.values, "supplier_name");
  draft.reference = value_of(form.values, "reference");
  if (draft.kind == "service_agreement") draft.route = value_of(form.values, "route");
  draft.signed_on = value_of(form.values, "signed_on");
  draft.valid_from = value_of(form.values, "valid_from");
  draft.valid_until = value_of(form.values, "valid_until");
  return check_agreement_draft(draft, state.lang);
}

void agreement_search_typed(App& state) {
  AgreementForm& form = state.edits.new_agreement;
  const unsigned typing = ++form.typing;
  const std::string typed(trim(form.search));
  if (typed.empty()) {
    form.found.clear();
    return;
  }
  wake_after(kTypingPause, [&state, typing, typed] {
    if (state.edits.new_agreement.typing != typing) return;  // typed again since
    api::CatalogQuery query{.text = typed, .per_page = kSearchResults};
    api::fetch_catalog(query, state.lang,
                       [&state, typing, typed](const api::CatalogListResult& result) {
                         AgreementForm& answered = state.edits.new_agreement;
                         if (answered.typing != typing || result.status != 200) return;
                         answered.found = result.items;
                         answered.answered = typed;
                       });
  });
}

void save_new_agreement(App& state) {
  AgreementForm& form = state.edits.new_agreement;
  const Lang lang = state.lang;
  if (!start_sending(form.outcome, new_agreement_findings(state), lang)) return;
  const std::string kind = value_of(form.values, "kind");
  json body = {{"kind", kind}};
  for (const char* key : {"supplier_name", "reference", "signed_on", "valid_from", "valid_until"}) {
    body[key] = std::string(trim(value_of(form.values, key)));
  }
  if (kind == "service_agreement") body["route"] = value_of(form.values, "route");
  json ids = json::array();
  for (const api::CatalogItem& item : form.covered) ids.push_back(item.id);
  if (!ids.empty()) body["catalog_ids"] = std::move(ids);
  api::post_agreement(body, lang, [&state, lang](const api::WriteResult& result) {
    AgreementForm& answered = state.edits.new_agreement;
    if (!answered.open) return;
    if (done_ok(result)) {
      answered = AgreementForm{};
      state.edits.agreements_notice = std::string(text(lang, "regedit.agreement.created"));
      state.edits.notice_agreement = 0;
      state.screen_changed = true;  // back to the top, where the notice is
      reload_agreements(state, result.id);
      return;
    }
    refused(answered.outcome, result, lang);
  });
}

void open_agreement_change(App& state, const api::Agreement& agreement, AgreementEdit edit) {
  AgreementChangeForm& form = state.edits.agreement_change;
  form = AgreementChangeForm{};
  form.id = agreement.id;
  form.edit = edit;
  form.kind = agreement.kind;
  form.valid_from = agreement.valid_from;
  state.edits.new_agreement.open = false;
  state.edits.agreements_notice.clear();
  switch (edit) {
    case AgreementEdit::edit:
      form.values["supplier_name"] = agreement.supplier_name;
      form.values["reference"] = agreement.reference;
      form.values["route"] = agreement.route;
      break;
    case AgreementEdit::renew:
      // The likeliest new period begins the day after the current one ends.
      if (const auto until = parse_date(agreement.valid_until)) {
        form.values["renewal.valid_from"] =
            format_date(date_from_days(days_since_epoch(*until) + 1));
      }
      break;
    case AgreementEdit::terminate:
    case AgreementEdit::none:
      break;
  }
}

Findings agreement_change_findings(const App& state) {
  const AgreementChangeForm& form = state.edits.agreement_change;
  const Lang lang = state.lang;
  Findings findings;
  switch (form.edit) {
    case AgreementEdit::edit:
      append(findings,
             check_agreement_text("supplier_name", value_of(form.values, "supplier_name"), lang));
      append(findings, check_agreement_text("reference", value_of(form.values, "reference"), lang));
      append(findings, check_agreement_route(form.kind, value_of(form.values, "route"), lang));
      break;
    case AgreementEdit::renew: {
      RenewalDraft renewal{value_of(form.values, "renewal.signed_on"),
                           value_of(form.values, "renewal.valid_from"),
                           value_of(form.values, "renewal.valid_until")};
      append(findings, check_renewal(renewal, parse_date(form.valid_from).value_or(Date{}), lang));
      break;
    }
    case AgreementEdit::terminate:
      append(findings, check_termination(value_of(form.values, "terminated_on"), lang));
      break;
    case AgreementEdit::none:
      break;
  }
  return findings;
}

void save_agreement_change(App& state) {
  AgreementChangeForm& form = state.edits.agreement_change;
  const Lang lang = state.lang;
  if (form.edit == AgreementEdit::none) return;
  if (!start_sending(form.outcome, agreement_change_findings(state), lang)) return;
  const auto trimmed = [&form](std::string_view key) {
    return std::string(trim(value_of(form.values, key)));
  };
  json body = json::object();
  switch (form.edit) {
    case AgreementEdit::edit:
      body["supplier_name"] = trimmed("supplier_name");
      body["reference"] = trimmed("reference");
      if (form.kind == "service_agreement") body["route"] = trimmed("route");
      break;
    case AgreementEdit::renew:
      body["renewal"] = {{"signed_on", trimmed("renewal.signed_on")},
                         {"valid_from", trimmed("renewal.valid_from")},
                         {"valid_until", trimmed("renewal.valid_until")}};
      break;
    case AgreementEdit::terminate:
      body["terminated_on"] = trimmed("terminated_on");
      break;
    case AgreementEdit::none:
      break;
  }
  const std::int64_t id = form.id;
  api::put_agreement(id, body, lang, [&state, id, lang](const api::WriteResult& result) {
    AgreementChangeForm& answered = state.edits.agreement_change;
    if (answered.id != id) return;
    if (done_ok(result)) {
      answered = AgreementChangeForm{};
      state.edits.agreements_notice = std::string(text(lang, "regedit.saved"));
      state.edits.notice_agreement = id;
      reload_agreements(state, id);
      return;
    }
    refused(answered.outcome, result, lang);
    // A termination recorded meanwhile (409 wrong_state): the agreement is read again.
    if (result.status == 409) reload_agreements(state, id);
  });
}

}  // namespace anskaffa::web
