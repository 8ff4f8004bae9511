// Sessions by the hash of their token. The raw token exists only in the user's cookie; the
// policy of when a session expires lives in auth/sessions.cpp, not here.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "server/store/database.h"

namespace anskaffa::store {

using TokenHash = std::array<unsigned char, 32>;

struct SessionRecord {
  std::int64_t user_id = 0;
  std::int64_t created_at = 0;
  std::int64_t last_seen_at = 0;
};

void insert_session(Connection& connection, const TokenHash& hash, std::int64_t user_id,
                    std::int64_t now);
std::optional<SessionRecord> find_session(Connection& connection, const TokenHash& hash);
void touch_session(Connection& connection, const TokenHash& hash, std::int64_t now);
void delete_session(Connection& connection, const TokenHash& hash);
// Ends every session of the user: their account was disabled or their password reset.
void delete_user_sessions(Connection& connection, std::int64_t user_id);
// Removes sessions idle since before idle_cutoff or created before absolute_cutoff.
void delete_expired_sessions(Connection& connection, std::int64_t idle_cutoff,
                             std::int64_t absolute_cutoff);

}  // namespace anskaffa::store
