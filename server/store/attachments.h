// Uploaded PDFs, kept in the database with their size and SHA-256. The name is a label.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct AttachmentInfo {
  std::int64_t id = 0;
  std::int64_t request_id = 0;
  std::string name;
  std::int64_t size = 0;
  std::string sha256;  // hex
  std::int64_t uploaded_by = 0;
  std::int64_t uploaded_at = 0;
};

std::int64_t insert_attachment(Connection& connection, const AttachmentInfo& info,
                               std::string_view content);
std::vector<AttachmentInfo> list_attachments(Connection& connection, std::int64_t request_id);
std::optional<AttachmentInfo> find_attachment(Connection& connection, std::int64_t id);
std::string attachment_content(Connection& connection, std::int64_t id);

}  // namespace anskaffa::store
