#include "server/auth/sessions.h"

#include <algorithm>
#include <ctime>

#include "server/auth/session_token.h"
#include "server/store/sessions.h"

namespace anskaffa::auth {

std::int64_t system_now() { return static_cast<std::int64_t>(std::time(nullptr)); }

Sessions::Sessions(store::Database& database, SessionPolicy policy, Clock clock)
    : database_(database), policy_(policy), clock_(std::move(clock)) {}

std::string Sessions::start(std::int64_t user_id, std::optional<std::string_view> replaced) {
  const std::int64_t now = clock_();
  std::string token = new_session_token();
  auto connection = database_.connect();
  connection->write_transaction([&] {
    if (replaced) store::delete_session(*connection, hash_session_token(*replaced));
    // Sign-in is a good moment to sweep out what has expired: it is rare and already slow.
    store::delete_expired_sessions(*connection, now - policy_.idle_limit.count(),
                                   now - policy_.absolute_limit.count());
    store::insert_session(*connection, hash_session_token(token), user_id, now);
  });
  return token;
}

std::optional<std::int64_t> Sessions::user_of(std::string_view token) {
  const std::int64_t now = clock_();
  const store::TokenHash hash = hash_session_token(token);
  auto connection = database_.connect();
  const auto session = store::find_session(*connection, hash);
  if (!session) return std::nullopt;
  const bool idle_too_long = now - session->last_seen_at > policy_.idle_limit.count();
  const bool too_old = now - session->created_at > policy_.absolute_limit.count();
  if (idle_too_long || too_old) {
    connection->write_transaction([&] { store::delete_session(*connection, hash); });
    return std::nullopt;
  }
  if (now - session->last_seen_at >= policy_.touch_interval.count()) {
    connection->write_transaction([&] { store::touch_session(*connection, hash, now); });
  }
  return session->user_id;
}

std::chrono::seconds Sessions::idle_after_request() const {
  return policy_.idle_limit - std::min(policy_.touch_interval, policy_.idle_limit);
}

void Sessions::end(std::string_view token) {
  const store::TokenHash hash = hash_session_token(token);
  auto connection = database_.connect();
  connection->write_transaction([&] { store::delete_session(*connection, hash); });
}

}  // namespace anskaffa::auth
