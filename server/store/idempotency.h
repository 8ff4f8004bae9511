// The first answer given to a submission under an Idempotency-Key, per user (SPEC 6, 8): a
// retry after a lost response gets the same answer and creates nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "server/store/database.h"

namespace anskaffa::store {

struct StoredResponse {
  int status = 0;
  std::string body;
};

std::optional<StoredResponse> find_idempotent_response(Connection& connection, std::int64_t user_id,
                                                       std::string_view key);
// Call in the same write transaction that made the response's effects.
void store_idempotent_response(Connection& connection, std::int64_t user_id, std::string_view key,
                               const StoredResponse& response, std::int64_t now);

}  // namespace anskaffa::store
