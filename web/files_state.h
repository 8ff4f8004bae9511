// The state and intents of files and pickers in the app: a PDF attached to the request on
// screen, the signed PDF of a DPA recorded with record_dpa, an agreement's signed PDF on the
// agreements screen, and the lists record_dpa and assign choose from (the supplier's valid DPAs,
// the reviewers). Part of App (app.h); the intents run in files_state.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "web/api/files.h"
#include "web/api/registers.h"
#include "web/registers_state.h"

namespace anskaffa::web {

// One upload: its file's name while it is sent, and how it went.
struct FileUpload {
  bool sending = false;
  std::string name;
  std::string error;   // the refusal in the user's words; empty when there is none
  std::string notice;  // that it was stored
};

struct Files {
  std::int64_t request_id = 0;  // the request the uploads and choices below are for
  FileUpload attachment;        // "Bifoga PDF" on the request's page
  FileUpload dpa_document;      // record_dpa's signed PDF (becomes its attachment_id)
  Loading dpas_status = Loading::not_loaded;
  std::vector<api::Agreement> dpas;  // the supplier's DPAs valid today
  Loading service_agreements_status = Loading::not_loaded;
  std::vector<api::Agreement> service_agreements;  // valid today, for mark_ordered
  Loading reviewers_status = Loading::not_loaded;
  std::vector<api::Reviewer> reviewers;
  std::int64_t agreement_id = 0;  // the agreement whose signed PDF is uploaded
  FileUpload agreement_document;
};

struct App;

// Starts over when the request on screen is another one than the files were for.
void files_follow_request(App& state);
// Opens the file chooser for a PDF to attach to the request on screen; call on a click.
void attach_to_request(App& state);
// While the request's page is on screen: a PDF dropped on the window is attached.
void accept_dropped_attachment(App& state);
// The signed PDF of a new DPA, attached to the request and named in record_dpa's body.
void attach_dpa_document(App& state);
void download_attachment(App& state, std::int64_t attachment_id);
// The supplier's DPAs valid today, for record_dpa; the reviewers, for assign.
void load_dpa_choices(App& state);
void load_reviewers(App& state);
// The service agreements valid today, for mark_ordered.
void load_service_agreement_choices(App& state);
// An agreement's signed PDF on the agreements screen.
void upload_agreement_document(App& state, std::int64_t agreement_id);
void download_agreement_document(std::int64_t agreement_id);

}  // namespace anskaffa::web
