#include "server/mail/outbox_sender.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <set>

#include "server/store/outbox.h"

namespace anskaffa::mail {
namespace {

// Rows taken per query: a pass repeats the query until nothing is due.
constexpr std::int64_t batch = 50;

}  // namespace

std::int64_t retry_delay(const OutboxSettings& settings, std::int64_t attempts) {
  if (settings.retry_delays.empty()) return 0;
  const auto index = static_cast<std::size_t>(std::max<std::int64_t>(attempts, 1) - 1);
  return settings.retry_delays[std::min(index, settings.retry_delays.size() - 1)].count();
}

OutboxPass send_due_mail(store::Database& database, const OutboxSettings& settings,
                         const auth::Clock& clock, const std::atomic<bool>* stopping) {
  OutboxPass pass;
  auto connection = database.connect();
  const std::int64_t started = clock();
  // Each row once per pass, even when a zero delay (or a clock that stands still) makes a
  // failed one due again at once.
  std::set<std::int64_t> tried;
  for (;;) {
    // Read outside any write transaction; this thread is the outbox's only sender.
    const auto due = store::due_mail(*connection, started, batch + std::ssize(tried));
    bool any = false;
    for (const store::OutboxMail& mail : due) {
      if (stopping && *stopping) return pass;
      if (!tried.insert(mail.id).second) continue;
      any = true;
      const SendResult result =
          send_mail(settings.relay, {settings.from, mail.to_address, mail.subject, mail.body});
      const std::int64_t now = clock();
      connection->write_transaction([&] {
        if (result.sent) {
          store::mark_mail_sent(*connection, mail.id, now);
        } else {
          const std::int64_t next = result.permanent
                                        ? store::never_again
                                        : now + retry_delay(settings, mail.attempts + 1);
          store::mark_mail_failed(*connection, mail.id, result.error, next);
        }
      });
      if (result.sent) {
        ++pass.sent;
      } else {
        ++pass.failed;
        std::string error = result.error;
        while (!error.empty() && (error.back() == '\n' || error.back() == '\r')) error.pop_back();
        std::fprintf(stderr, "mail: outbox row %lld not sent%s: %s\n",
                     static_cast<long long>(mail.id), result.permanent ? ", given up" : "",
                     error.c_str());
      }
    }
    if (!any) break;
  }
  return pass;
}

OutboxSender::OutboxSender(store::Database& database, auth::Clock clock, OutboxSettings settings)
    : database_(database), clock_(std::move(clock)), settings_(std::move(settings)) {
  thread_ = std::thread([this] { run(); });
}

OutboxSender::~OutboxSender() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void OutboxSender::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

void OutboxSender::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    woken_ = false;
    lock.unlock();
    try {
      send_due_mail(database_, settings_, clock_, &stopping_);
    } catch (const std::exception& e) {
      // A busy or broken database must not end the server; the next pass tries again.
      std::fprintf(stderr, "mail: %s\n", e.what());
    }
    lock.lock();
    wake_.wait_for(lock, settings_.interval, [this] { return stopping_ || woken_; });
  }
}

}  // namespace anskaffa::mail
