#include "server/store/agreement_documents.h"

#include <span>

namespace anskaffa::store {
namespace {

constexpr const char* document_columns =
    "id, agreement_id, name, size, sha256, uploaded_by, uploaded_at";

AgreementDocument read_document(const Statement& row) {
  return AgreementDocument{row.column_int64(0), row.column_int64(1), row.column_text(2),
                           row.column_int64(3), row.column_text(4),  row.column_int64(5),
                           row.column_int64(6)};
}

}  // namespace

std::int64_t insert_agreement_document(Connection& connection, const AgreementDocument& document,
                                       std::string_view content) {
  auto insert = connection.prepare(
      "INSERT INTO agreement_documents (agreement_id, name, content, size, sha256, uploaded_by,"
      " uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  insert.bind(1, document.agreement_id)
      .bind(2, document.name)
      .bind_blob(3,
                 std::span(reinterpret_cast<const unsigned char*>(content.data()), content.size()))
      .bind(4, static_cast<std::int64_t>(content.size()))
      .bind(5, document.sha256)
      .bind(6, document.uploaded_by)
      .bind(7, document.uploaded_at);
  insert.run();
  return connection.last_insert_rowid();
}

std::optional<std::int64_t> copy_attachment_to_agreement(Connection& connection,
                                                         std::int64_t agreement_id,
                                                         std::int64_t attachment_id,
                                                         std::optional<std::int64_t> by,
                                                         std::int64_t at) {
  auto copy = connection.prepare(
      "INSERT INTO agreement_documents (agreement_id, name, content, size, sha256, uploaded_by,"
      " uploaded_at) SELECT ?1, name, content, size, sha256, coalesce(?3, uploaded_by), ?4"
      " FROM attachments WHERE id = ?2");
  copy.bind(1, agreement_id).bind(2, attachment_id);
  copy.bind(3, by);
  copy.bind(4, at);
  copy.run();
  auto changed = connection.prepare("SELECT changes()");
  changed.step();
  if (changed.column_int64(0) == 0) return std::nullopt;
  return connection.last_insert_rowid();
}

std::vector<AgreementDocument> list_agreement_documents(Connection& connection,
                                                        std::int64_t agreement_id) {
  auto query = connection.prepare(std::string("SELECT ") + document_columns +
                                  " FROM agreement_documents WHERE agreement_id = ?1"
                                  " ORDER BY id DESC");
  query.bind(1, agreement_id);
  std::vector<AgreementDocument> found;
  while (query.step()) found.push_back(read_document(query));
  return found;
}

std::optional<AgreementDocument> newest_agreement_document(Connection& connection,
                                                           std::int64_t agreement_id) {
  auto query = connection.prepare(std::string("SELECT ") + document_columns +
                                  " FROM agreement_documents WHERE agreement_id = ?1"
                                  " ORDER BY id DESC LIMIT 1");
  query.bind(1, agreement_id);
  if (!query.step()) return std::nullopt;
  return read_document(query);
}

std::string agreement_document_content(Connection& connection, std::int64_t document_id) {
  auto query = connection.prepare("SELECT content FROM agreement_documents WHERE id = ?1");
  query.bind(1, document_id);
  if (!query.step()) return {};
  const auto bytes = query.column_blob(0);
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace anskaffa::store
