// Failed sign-ins and lockouts, by account (normalised e-mail) and by peer address, so that the
// throttle (auth/sign_in_throttle.h) survives a restart.
#pragma once

#include <cstdint>
#include <string_view>

#include "server/store/database.h"

namespace anskaffa::store {

void record_sign_in_failure(Connection& connection, std::string_view scope, std::string_view key,
                            std::int64_t now);
std::int64_t count_sign_in_failures(Connection& connection, std::string_view scope,
                                    std::string_view key, std::int64_t since);
void clear_sign_in_failures(Connection& connection, std::string_view scope, std::string_view key);

void set_lockout(Connection& connection, std::string_view scope, std::string_view key,
                 std::int64_t until);
// The end of the lockout in force at now, or 0 when there is none.
std::int64_t lockout_until(Connection& connection, std::string_view scope, std::string_view key,
                           std::int64_t now);
// Forgets failures older than cutoff and lockouts that ended before it.
void prune_sign_in_attempts(Connection& connection, std::int64_t cutoff);

}  // namespace anskaffa::store
