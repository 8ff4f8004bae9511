// Reminders (SPEC 4): a request waiting over 5 working days in awaiting_principal or
// needs_completion reminds those who must act, once per waiting period, i.e. per (request,
// state_since). A sweep records a `remind` entry in the timeline and the audit trail and tells
// those who must act (notify.h), all in one transaction per sweep.
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
#include "server/workflow/notify.h"

namespace anskaffa::workflow {

struct ReminderNotice {
  std::int64_t request_id = 0;
  std::string case_number;
  std::string state;
  std::vector<std::int64_t> recipients;  // the accounts told: the unit's principals, or the owner
};

// Records and tells every reminder due at now; returns the notices.
std::vector<ReminderNotice> send_due_reminders(store::Database& database, std::int64_t now,
                                               const MailSettings& mail = {});

// Sweeps at start and then every interval on a thread of its own, until destroyed. After a sweep
// that queued e-mail has committed, mail_queued is called (to wake the outbox's sender).
class ReminderSweeper {
 public:
  ReminderSweeper(store::Database& database, auth::Clock clock, std::chrono::milliseconds interval,
                  MailSettings mail = {}, std::function<void()> mail_queued = {});
  ~ReminderSweeper();
  ReminderSweeper(const ReminderSweeper&) = delete;
  ReminderSweeper& operator=(const ReminderSweeper&) = delete;

 private:
  void run();

  store::Database& database_;
  auth::Clock clock_;
  std::chrono::milliseconds interval_;
  MailSettings mail_;
  std::function<void()> mail_queued_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace anskaffa::workflow
