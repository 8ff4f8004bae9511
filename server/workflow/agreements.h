// The agreements register's changes (SPEC 5): create, edit, cover resources, renew, terminate,
// attach the signed PDF. The core decides what the dates and fields may be
// (shared/agreements.h); these functions check what only the store knows (the catalogue
// entries and attachments named), make every change and write an audit row (entity
// "agreement", and "catalog_entry" for each entry whose DPA or service agreement changes).
// Call each inside one write transaction; the caller has asked the core whether the user may
// manage agreements.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"
#include "server/workflow/requests.h"
#include "shared/agreements.h"
#include "shared/finding.h"

namespace anskaffa::workflow {

// Success (status < 400) with the agreement's id, or a refusal as in Outcome.
struct AgreementOutcome {
  int status = 200;
  std::string code;
  std::string message_key;
  Findings findings;
  std::int64_t id = 0;

  bool ok() const { return status < 400; }
};

struct NewAgreement {
  AgreementDraft draft;
  std::vector<std::int64_t> catalog_ids;
  std::optional<std::int64_t> attachment_id;  // a PDF attachment of any request
};

// POST /api/v1/agreements: 201 with the new id, or 422 with findings.
AgreementOutcome create_agreement(store::Connection& connection, const Actor& actor,
                                  const NewAgreement& agreement);

// PUT /api/v1/agreements/{id}: each member present is a change.
struct AgreementChange {
  std::optional<std::string> reference;
  std::optional<std::string> supplier_name;
  std::optional<std::string> route;
  std::optional<std::vector<std::int64_t>> catalog_ids;  // replaces the covered set
  std::optional<RenewalDraft> renewal;
  std::optional<std::string> terminated_on;
};

// 200, 404 (no such agreement), 409 wrong_state (renewing or terminating a terminated
// agreement) or 422 with findings.
AgreementOutcome change_agreement(store::Connection& connection, const Actor& actor,
                                  std::int64_t id, const AgreementChange& change);

// POST /api/v1/agreements/{id}/document: the new document's id (201), or 404. The caller has
// checked that content is a PDF and hashed it.
AgreementOutcome attach_agreement_document(store::Connection& connection, const Actor& actor,
                                           std::int64_t id, const std::string& name,
                                           const std::string& sha256, std::string_view content);

}  // namespace anskaffa::workflow
