#include "web/screens/request_files.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "shared/texts.h"
#include "web/files_state.h"
#include "web/ui/link.h"
#include "web/ui/widgets.h"

namespace anskaffa::web {
namespace {

void gap(float height) { ImGui::Dummy(ImVec2(0, height)); }

std::string size_text(std::int64_t bytes) {
  return std::to_string(std::max<std::int64_t>(1, (bytes + 1023) / 1024)) + " kB";
}

// How an upload goes: sending, refused, or stored.
void upload_status(std::string_view id, const FileUpload& upload, Lang lang) {
  const std::string base(id);
  if (upload.sending) {
    gap(6);
    ui::text(base + ".sending", format_text(lang, "files.sending", {{"name", upload.name}}),
             ui::TextStyle::muted);
  } else if (!upload.error.empty()) {
    gap(6);
    ui::text(base + ".error", upload.error, ui::TextStyle::error);
  } else if (!upload.notice.empty()) {
    gap(6);
    ui::text(base + ".notice", upload.notice, ui::TextStyle::success);
  }
}

void agreement_field(App& state, std::string_view label) {
  const Lang lang = state.lang;
  load_dpa_choices(state);
  std::string& value = state.request.action.values["agreement_id"];
  std::vector<std::string> items{std::string(text(lang, "files.new_dpa"))};
  std::vector<std::string> ids{"action_field.agreement_id.new"};
  int selected = 0;
  for (const api::Agreement& a : state.files.dpas) {
    items.push_back(format_text(lang, "files.dpa_choice",
                                {{"reference", a.reference}, {"date", a.valid_until}}));
    ids.push_back("action_field.agreement_id." + std::to_string(a.id));
    if (value == std::to_string(a.id)) selected = static_cast<int>(items.size()) - 1;
  }
  ui::text("action_field.agreement_id.label", label, ui::TextStyle::muted);
  gap(4);
  const nlohmann::json shown = value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
  if (ui::combo("action_field.agreement_id", label, items, ids, selected, items[0], -FLT_MIN,
                {.value = shown})) {
    ActionDraft& draft = state.request.action;
    if (selected == 0) {
      value.clear();
    } else {
      value = std::to_string(state.files.dpas[static_cast<std::size_t>(selected - 1)].id);
      // The existing agreement is what is sent; a new one's details would only confuse.
      for (const char* key :
           {"reference", "signed_on", "valid_from", "valid_until", "attachment_id"}) {
        draft.values.erase(key);
      }
      state.files.dpa_document = FileUpload{};
    }
  }
  if (state.files.dpas_status == Loading::loaded && state.files.dpas.empty()) {
    gap(4);
    ui::text("action_field.agreement_id.none", text(lang, "files.no_valid_dpa"),
             ui::TextStyle::muted);
  }
}

void attachment_field(App& state, std::string_view label) {
  const Lang lang = state.lang;
  const FileUpload& upload = state.files.dpa_document;
  ui::text("action_field.attachment_id.label", label, ui::TextStyle::muted);
  gap(4);
  const std::string button_label(
      text(lang, upload.notice.empty() ? "files.choose_pdf" : "files.choose_other_pdf"));
  if (ui::button("action_field.attachment_id", button_label, ui::ButtonStyle::secondary, 0,
                 !upload.sending)) {
    attach_dpa_document(state);
  }
  upload_status("action_field.attachment_id", upload, lang);
}

void reviewer_field(App& state, std::string_view label) {
  const Lang lang = state.lang;
  load_reviewers(state);
  std::string& value = state.request.action.values["assignee"];
  const std::int64_t me = state.user ? state.user->id : 0;
  std::vector<std::string> items{std::string(text(lang, "files.assign_me"))};
  std::vector<std::string> ids{"action_field.assignee.me"};
  std::vector<std::int64_t> people{0};
  int selected = 0;
  for (const api::Reviewer& reviewer : state.files.reviewers) {
    if (reviewer.id == me) continue;
    items.push_back(reviewer.name);
    ids.push_back("action_field.assignee." + std::to_string(reviewer.id));
    people.push_back(reviewer.id);
    if (value == std::to_string(reviewer.id)) selected = static_cast<int>(items.size()) - 1;
  }
  ui::text("action_field.assignee.label", label, ui::TextStyle::muted);
  gap(4);
  const nlohmann::json shown = value.empty() ? nlohmann::json("me") : nlohmann::json(value);
  if (ui::combo("action_field.assignee", label, items, ids, selected, items[0], -FLT_MIN,
                {.value = shown})) {
    // "Me" is no assignee in the body: the server assigns the one who sends it.
    value =
        selected == 0 ? std::string() : std::to_string(people[static_cast<std::size_t>(selected)]);
  }
}

// The service agreement an order is placed under; none when a valid one already covers the
// catalogue entry (the server says so if not).
void service_agreement_field(App& state, std::string_view label) {
  const Lang lang = state.lang;
  load_service_agreement_choices(state);
  std::string& value = state.request.action.values["service_agreement_id"];
  std::vector<std::string> items{std::string(text(lang, "files.no_service_agreement"))};
  std::vector<std::string> ids{"action_field.service_agreement_id.none"};
  int selected = 0;
  for (const api::Agreement& a : state.files.service_agreements) {
    items.push_back(format_text(
        lang, "files.service_agreement_choice",
        {{"reference", a.reference}, {"supplier", a.supplier_name}, {"date", a.valid_until}}));
    ids.push_back("action_field.service_agreement_id." + std::to_string(a.id));
    if (value == std::to_string(a.id)) selected = static_cast<int>(items.size()) - 1;
  }
  ui::text("action_field.service_agreement_id.label", label, ui::TextStyle::muted);
  gap(4);
  const nlohmann::json shown = value.empty() ? nlohmann::json(nullptr) : nlohmann::json(value);
  if (ui::combo("action_field.service_agreement_id", label, items, ids, selected, items[0],
                -FLT_MIN, {.value = shown})) {
    value = selected == 0
                ? std::string()
                : std::to_string(
                      state.files.service_agreements[static_cast<std::size_t>(selected - 1)].id);
  }
}

}  // namespace

void draw_request_attachments(App& state) {
  const Lang lang = state.lang;
  files_follow_request(state);
  accept_dropped_attachment(state);
  ui::text("request.attachments", text(lang, "request.attachments"), ui::TextStyle::heading);
  gap(10);
  const auto& attachments = state.request.view.attachments;
  if (attachments.empty()) {
    ui::text("request.no_attachments", text(lang, "request.no_attachments"), ui::TextStyle::muted);
  }
  for (const api::AttachmentItem& attachment : attachments) {
    const std::string label = attachment.name + " (" + size_text(attachment.size) + ")";
    const nlohmann::json value = {{"name", attachment.name}, {"size", attachment.size}};
    if (ui::link("attachment." + std::to_string(attachment.id), label, value)) {
      download_attachment(state, attachment.id);
    }
  }
  gap(12);
  const FileUpload& upload = state.files.attachment;
  if (ui::button("attachment.add", text(lang, upload.sending ? "request.sending" : "files.add"),
                 ui::ButtonStyle::secondary, 0, !upload.sending)) {
    attach_to_request(state);
  }
  ImGui::SameLine(0, 12);
  ImGui::AlignTextToFramePadding();
  ui::text("attachment.hint", text(lang, "files.drop_hint"), ui::TextStyle::muted);
  upload_status("attachment", upload, lang);
}

bool draw_choice_field(App& state, const ActionField& field, std::string_view label) {
  switch (field.kind) {
    case ActionFieldKind::agreement:
      agreement_field(state, label);
      return true;
    case ActionFieldKind::attachment:
      attachment_field(state, label);
      return true;
    case ActionFieldKind::reviewer:
      reviewer_field(state, label);
      return true;
    case ActionFieldKind::service_agreement:
      service_agreement_field(state, label);
      return true;
    default:
      return false;
  }
}

bool field_replaced(const App& state, const ActionField& field) {
  if (field.kind == ActionFieldKind::agreement) return false;
  const auto& values = state.request.action.values;
  const auto chosen = values.find("agreement_id");
  return chosen != values.end() && !chosen->second.empty();
}

}  // namespace anskaffa::web
