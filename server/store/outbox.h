// E-mail waiting for the SMTP relay (SPEC 5). A row is queued in the transaction of the event
// it tells of, so the mail exists exactly when the event does; the sender (mail/outbox_sender)
// takes it from here later, outside any transaction of an action.
//
// A row is pending while sent_at is NULL. A permanent failure keeps the row, with its error,
// and sets next_attempt_at to never_again, so it is kept for the operator and never retried.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

inline constexpr std::int64_t never_again = std::numeric_limits<std::int64_t>::max();

struct OutboxMail {
  std::int64_t id = 0;
  std::string to_address;
  std::string subject;
  std::string body;
  std::int64_t attempts = 0;
};

// Queues a mail, due at once. Call inside the event's write transaction.
void enqueue_mail(Connection& connection, const std::string& to_address, const std::string& subject,
                  const std::string& body, std::int64_t now);

// Pending mail whose next attempt is due at now, oldest first, at most limit rows.
std::vector<OutboxMail> due_mail(Connection& connection, std::int64_t now, std::int64_t limit);

void mark_mail_sent(Connection& connection, std::int64_t id, std::int64_t now);
// Records a failed attempt: attempts + 1, the error, and when to try again (never_again: not).
void mark_mail_failed(Connection& connection, std::int64_t id, const std::string& error,
                      std::int64_t next_attempt_at);

// What the operator watches (GET /metrics): mail still to be sent (retrying or not), of it
// the mail that has failed at least once, and mail given up on after a permanent refusal.
struct OutboxBacklog {
  std::int64_t pending = 0;
  std::int64_t retrying = 0;
  std::int64_t undeliverable = 0;
};
OutboxBacklog outbox_backlog(Connection& connection);

}  // namespace anskaffa::store
