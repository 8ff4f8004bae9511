#include "server/store/outbox.h"

namespace anskaffa::store {

void enqueue_mail(Connection& connection, const std::string& to_address, const std::string& subject,
                  const std::string& body, std::int64_t now) {
  auto insert = connection.prepare(
      "INSERT INTO outbox (to_address, subject, body, created_at, next_attempt_at)"
      " VALUES (?1, ?2, ?3, ?4, ?4)");
  insert.bind(1, to_address).bind(2, subject).bind(3, body).bind(4, now);
  insert.run();
}

std::vector<OutboxMail> due_mail(Connection& connection, std::int64_t now, std::int64_t limit) {
  auto query = connection.prepare(
      "SELECT id, to_address, subject, body, attempts FROM outbox"
      " WHERE sent_at IS NULL AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2");
  query.bind(1, now).bind(2, limit);
  std::vector<OutboxMail> mail;
  while (query.step()) {
    mail.push_back({query.column_int64(0), query.column_text(1), query.column_text(2),
                    query.column_text(3), query.column_int64(4)});
  }
  return mail;
}

void mark_mail_sent(Connection& connection, std::int64_t id, std::int64_t now) {
  auto update = connection.prepare(
      "UPDATE outbox SET sent_at = ?2, attempts = attempts + 1, last_error = '' WHERE id = ?1");
  update.bind(1, id).bind(2, now);
  update.run();
}

void mark_mail_failed(Connection& connection, std::int64_t id, const std::string& error,
                      std::int64_t next_attempt_at) {
  auto update = connection.prepare(
      "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3"
      " WHERE id = ?1");
  update.bind(1, id).bind(2, error).bind(3, next_attempt_at);
  update.run();
}

OutboxBacklog outbox_backlog(Connection& connection) {
  auto query = connection.prepare(
      "SELECT coalesce(sum(next_attempt_at < ?1), 0),"
      " coalesce(sum(next_attempt_at < ?1 AND attempts > 0), 0),"
      " coalesce(sum(next_attempt_at = ?1), 0)"
      " FROM outbox WHERE sent_at IS NULL");
  query.bind(1, never_again);
  query.step();
  return {query.column_int64(0), query.column_int64(1), query.column_int64(2)};
}

}  // namespace anskaffa::store
