// The intents behind files and pickers: each asks the server (or the browser, for a file) and
// puts the answer in state.files; the screens draw from that state only.
#include <algorithm>
#include <cctype>
#include <functional>

#include "shared/agreements.h"
#include "shared/texts.h"
#include "web/api/request_page.h"
#include "web/app.h"
#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// The refusal of an upload in the user's words: what is wrong with the file when the status
// says so, else the server's own message.
std::string upload_refusal(Lang lang, const api::UploadResult& result) {
  if (result.status == 415) return std::string(text(lang, "files.not_pdf"));
  if (result.status == 413) return std::string(text(lang, "files.too_large"));
  if (result.status == 0) return std::string(text(lang, "request.offline"));
  if (!result.message.empty()) return result.message;
  return "HTTP " + std::to_string(result.status);
}

// Starts an upload unless one is under way or the file is too large to be taken.
bool begin_upload(Lang lang, FileUpload& upload, const std::string& name, std::size_t size) {
  if (upload.sending) return false;
  upload = FileUpload{.name = name};
  if (size > api::kMaxPdfBytes) {
    upload.error = std::string(text(lang, "files.too_large"));
    return false;
  }
  upload.sending = true;
  return true;
}

// The request's view again, for its list of attachments; what the user typed stays.
void refresh_request(App& state, std::int64_t id) {
  api::fetch_request(id, state.lang, [&state, id](const api::RequestViewResult& result) {
    if (state.request.id != id || result.status != 200) return;
    state.request.view = result.view;
  });
}

// Uploads the file as an attachment of the request on screen; `stored` gets its id.
void send_attachment(App& state, FileUpload Files::*which, std::string name, std::string bytes,
                     std::function<void(App&, std::int64_t)> stored) {
  const Lang lang = state.lang;
  const std::int64_t id = state.request.id;
  if (id == 0 || !begin_upload(lang, state.files.*which, name, bytes.size())) return;
  api::upload_attachment(id, name, std::move(bytes), lang,
                         [&state, which, id, lang, name, stored](const api::UploadResult& result) {
                           if (state.files.request_id != id)
                             return;  // the user has moved on to another request
                           FileUpload& upload = state.files.*which;
                           upload.sending = false;
                           if (result.status != 201) {
                             upload.error = upload_refusal(lang, result);
                             return;
                           }
                           upload.notice = format_text(lang, "files.attached", {{"name", name}});
                           if (stored) stored(state, result.id);
                           refresh_request(state, id);
                         });
}

std::string folded(std::string_view text) {
  std::string out;
  for (const char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) continue;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string request_supplier(const App& state) {
  const nlohmann::json& request = state.request.view.request;
  const auto found = request.find("supplier_name");
  return found != request.end() && found->is_string() ? found->get<std::string>() : std::string();
}

}  // namespace

void files_follow_request(App& state) {
  if (state.files.request_id == state.request.id) return;
  Files fresh;
  fresh.request_id = state.request.id;
  // The reviewers do not depend on the request.
  fresh.reviewers_status = state.files.reviewers_status;
  fresh.reviewers = std::move(state.files.reviewers);
  fresh.agreement_id = state.files.agreement_id;
  fresh.agreement_document = std::move(state.files.agreement_document);
  state.files = std::move(fresh);
}

void attach_to_request(App& state) {
  if (state.files.attachment.sending) return;
  pick_file("application/pdf", [&state](std::string name, std::string bytes) {
    send_attachment(state, &Files::attachment, std::move(name), std::move(bytes), nullptr);
  });
}

void accept_dropped_attachment(App& state) {
  accept_dropped_file([&state](std::string name, std::string bytes) {
    if (state.screen != Screen::request) return;
    send_attachment(state, &Files::attachment, std::move(name), std::move(bytes), nullptr);
  });
}

void attach_dpa_document(App& state) {
  if (state.files.dpa_document.sending) return;
  pick_file("application/pdf", [&state](std::string name, std::string bytes) {
    send_attachment(state, &Files::dpa_document, std::move(name), std::move(bytes),
                    [](App& answered, std::int64_t attachment_id) {
                      answered.request.action.values["attachment_id"] =
                          std::to_string(attachment_id);
                    });
  });
}

void download_attachment(App& state, std::int64_t attachment_id) {
  download_url(api::attachment_url(state.request.id, attachment_id));
}

void load_dpa_choices(App& state) {
  Files& files = state.files;
  if (files.dpas_status != Loading::not_loaded) return;
  files.dpas_status = Loading::loading;
  const std::int64_t id = state.request.id;
  api::AgreementQuery query{.kind = "dpa", .per_page = 200};
  api::fetch_agreements(query, state.lang, [&state, id](const api::AgreementListResult& result) {
    Files& answered = state.files;
    if (answered.request_id != id) return;
    answered.dpas_status = result.status == 200 ? Loading::loaded : Loading::failed;
    answered.dpas.clear();
    const std::string supplier = folded(request_supplier(state));
    for (const api::Agreement& a : result.items) {
      if (in_force(a.status) && folded(a.supplier_name) == supplier) answered.dpas.push_back(a);
    }
  });
}

void load_service_agreement_choices(App& state) {
  Files& files = state.files;
  if (files.service_agreements_status != Loading::not_loaded) return;
  files.service_agreements_status = Loading::loading;
  const std::int64_t id = state.request.id;
  api::AgreementQuery query{.kind = "service_agreement", .per_page = 200};
  api::fetch_agreements(query, state.lang, [&state, id](const api::AgreementListResult& result) {
    Files& answered = state.files;
    if (answered.request_id != id) return;
    answered.service_agreements_status = result.status == 200 ? Loading::loaded : Loading::failed;
    answered.service_agreements.clear();
    for (const api::Agreement& a : result.items) {
      if (in_force(a.status)) answered.service_agreements.push_back(a);
    }
  });
}

void load_reviewers(App& state) {
  Files& files = state.files;
  if (files.reviewers_status != Loading::not_loaded) return;
  files.reviewers_status = Loading::loading;
  api::fetch_reviewers(state.lang, [&state](const api::ReviewersResult& result) {
    state.files.reviewers_status = result.status == 200 ? Loading::loaded : Loading::failed;
    state.files.reviewers = result.reviewers;
  });
}

void upload_agreement_document(App& state, std::int64_t agreement_id) {
  if (state.files.agreement_document.sending) return;
  pick_file("application/pdf", [&state, agreement_id](std::string name, std::string bytes) {
    const Lang lang = state.lang;
    Files& files = state.files;
    files.agreement_id = agreement_id;
    if (!begin_upload(lang, files.agreement_document, name, bytes.size())) return;
    api::upload_agreement_document(
        agreement_id, name, std::move(bytes), lang,
        [&state, agreement_id, lang, name](const api::UploadResult& result) {
          FileUpload& upload = state.files.agreement_document;
          upload.sending = false;
          if (result.status != 201) {
            upload.error = upload_refusal(lang, result);
            return;
          }
          upload.notice = format_text(lang, "files.attached", {{"name", name}});
          // The details show the new document; the list its has_document.
          AgreementList& list = state.registers.agreements;
          if (list.open_id == agreement_id) {
            list.open_id = 0;
            toggle_agreement(state, agreement_id);
          }
        });
  });
}

void download_agreement_document(std::int64_t agreement_id) {
  download_url(api::agreement_document_url(agreement_id));
}

}  // namespace anskaffa::web
