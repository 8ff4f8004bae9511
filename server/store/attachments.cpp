#include "server/store/attachments.h"

#include <span>

namespace anskaffa::store {
namespace {

constexpr const char* info_columns = "id, request_id, name, size, sha256, uploaded_by, uploaded_at";

AttachmentInfo read_info(const Statement& row) {
  return AttachmentInfo{row.column_int64(0), row.column_int64(1), row.column_text(2),
                        row.column_int64(3), row.column_text(4),  row.column_int64(5),
                        row.column_int64(6)};
}

}  // namespace

std::int64_t insert_attachment(Connection& connection, const AttachmentInfo& info,
                               std::string_view content) {
  auto insert = connection.prepare(
      "INSERT INTO attachments (request_id, name, content, size, sha256, uploaded_by,"
      " uploaded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  insert.bind(1, info.request_id)
      .bind(2, info.name)
      .bind_blob(3,
                 std::span(reinterpret_cast<const unsigned char*>(content.data()), content.size()))
      .bind(4, static_cast<std::int64_t>(content.size()))
      .bind(5, info.sha256)
      .bind(6, info.uploaded_by)
      .bind(7, info.uploaded_at);
  insert.run();
  return connection.last_insert_rowid();
}

std::vector<AttachmentInfo> list_attachments(Connection& connection, std::int64_t request_id) {
  auto query = connection.prepare(std::string("SELECT ") + info_columns +
                                  " FROM attachments WHERE request_id = ?1 ORDER BY id");
  query.bind(1, request_id);
  std::vector<AttachmentInfo> found;
  while (query.step()) found.push_back(read_info(query));
  return found;
}

std::optional<AttachmentInfo> find_attachment(Connection& connection, std::int64_t id) {
  auto query =
      connection.prepare(std::string("SELECT ") + info_columns + " FROM attachments WHERE id = ?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return read_info(query);
}

std::string attachment_content(Connection& connection, std::int64_t id) {
  auto query = connection.prepare("SELECT content FROM attachments WHERE id = ?1");
  query.bind(1, id);
  if (!query.step()) return {};
  const auto bytes = query.column_blob(0);
  return std::string(bytes.begin(), bytes.end());
}

}  // namespace anskaffa::store
