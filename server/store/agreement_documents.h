// An agreement's signed PDFs, kept in the database with their size and SHA-256: the newest is
// the current one, earlier ones stay for the record. The name is a label, never a path.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct AgreementDocument {
  std::int64_t id = 0;
  std::int64_t agreement_id = 0;
  std::string name;
  std::int64_t size = 0;
  std::string sha256;  // hex
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
};

std::int64_t insert_agreement_document(Connection& connection, const AgreementDocument& document,
                                       std::string_view content);
// Copies a request's attachment (content, name, hash) to the agreement's documents; by is the
// uploader recorded (the attachment's own uploader when absent). The new document's id, or
// nullopt when there is no such attachment.
std::optional<std::int64_t> copy_attachment_to_agreement(Connection& connection,
                                                         std::int64_t agreement_id,
                                                         std::int64_t attachment_id,
                                                         std::optional<std::int64_t> by,
                                                         std::int64_t at);
std::vector<AgreementDocument> list_agreement_documents(Connection& connection,
                                                        std::int64_t agreement_id);  // newest first
std::optional<AgreementDocument> newest_agreement_document(Connection& connection,
                                                           std::int64_t agreement_id);
std::string agreement_document_content(Connection& connection, std::int64_t document_id);

}  // namespace anskaffa::store
