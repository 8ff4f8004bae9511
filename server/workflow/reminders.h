// Reminders (SPEC 4): a request waiting over 5 working days in awaiting_principal or
// needs_completion reminds those who must act, once per waiting period, i.e. per (request,
// state_since). A sweep records a `remind` entry in the timeline and the audit trail and then
// hands a notice to the sink; the notifications of the next issue plug in there.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "server/auth/sessions.h"
#include "server/store/database.h"

namespace anskaffa::workflow {

struct ReminderNotice {
  std::int64_t request_id = 0;
  std::string case_number;
  std::string state;
  std::vector<std::int64_t> recipients;  // user ids: the unit's principals, or the owner
};

// Called after the reminder is committed, once per notice. Must not throw.
using ReminderSink = std::function<void(const ReminderNotice&)>;

// Records every reminder due at now; returns the notices (also given to sink, if any).
std::vector<ReminderNotice> send_due_reminders(store::Database& database, std::int64_t now,
                                               const ReminderSink& sink = {});

// Sweeps at start and then every interval on a thread of its own, until destroyed.
class ReminderSweeper {
 public:
  ReminderSweeper(store::Database& database, auth::Clock clock, std::chrono::milliseconds interval,
                  ReminderSink sink);
  ~ReminderSweeper();
  ReminderSweeper(const ReminderSweeper&) = delete;
  ReminderSweeper& operator=(const ReminderSweeper&) = delete;

 private:
  void run();

  store::Database& database_;
  auth::Clock clock_;
  std::chrono::milliseconds interval_;
  ReminderSink sink_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace anskaffa::workflow
