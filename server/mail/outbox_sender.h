// Sends the outbox (store/outbox.h) through the SMTP relay, on a thread of its own, so that no
// action ever waits for mail (SPEC 5).
//
// Each pass sends every due row, one at a time, and records the outcome in a short write
// transaction of its own after the relay has answered: no write lock is held while talking to
// the relay. A sent row is marked sent. A temporary failure (a 4xx, a refused or lost
// connection) is tried again after a growing delay, for as long as it takes; a permanent one
// (5xx) is kept with its error and never tried again. The thread passes at start, every
// interval, and at once when woken (after an action commits new mail); it stops when the
// sender is destroyed, finishing the mail in hand first.
//
// Delivery is at least once: a server killed between the relay's answer and the mark sends that
// mail again after restart.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/auth/sessions.h"
#include "server/mail/smtp.h"
#include "server/store/database.h"

namespace anskaffa::mail {

using namespace std::chrono_literals;

struct OutboxSettings {
  Relay relay;
  std::string from = "anskaffa@localhost";
  // The wait before the 1st, 2nd, ... retry; the last one repeats for ever.
  std::vector<std::chrono::seconds> retry_delays = {1min, 5min, 30min, 2h};
  // How often the thread looks for due mail when nobody wakes it (retries come due this way).
  std::chrono::milliseconds interval = 30s;
};

// Seconds to wait after the attempts-th failed attempt (1 for the first).
std::int64_t retry_delay(const OutboxSettings& settings, std::int64_t attempts);

struct OutboxPass {
  int sent = 0;
  int failed = 0;  // temporarily or permanently
};

// Sends every row due now, each at most once; stops early once *stopping is true. The clock is
// asked again for each outcome's time.
OutboxPass send_due_mail(store::Database& database, const OutboxSettings& settings,
                         const auth::Clock& clock, const std::atomic<bool>* stopping = nullptr);

class OutboxSender {
 public:
  OutboxSender(store::Database& database, auth::Clock clock, OutboxSettings settings);
  ~OutboxSender();
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  // Asks for a pass now (new mail was committed). Cheap; callable from any thread.
  void wake();

 private:
  void run();

  store::Database& database_;
  auth::Clock clock_;
  OutboxSettings settings_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool woken_ = false;
  std::atomic<bool> stopping_ = false;
  std::thread thread_;
};

}  // namespace anskaffa::mail
