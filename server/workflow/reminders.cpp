#include "server/workflow/reminders.h"

#include <cstdio>
#include <exception>

#include "server/http/validation_context.h"
#include "server/store/requests.h"
#include "server/store/users.h"
#include "server/workflow/requests.h"
#include "shared/calendar.h"

namespace anskaffa::workflow {

std::vector<ReminderNotice> send_due_reminders(store::Database& database, std::int64_t now,
                                               const MailSettings& mail) {
  const Date today = http::local_date(now);
  auto connection = database.connect();
  std::vector<ReminderNotice> notices = connection->write_transaction([&] {
    std::vector<ReminderNotice> sent;
    for (const store::RequestRecord& record : store::requests_waiting_unreminded(
             *connection, {"awaiting_principal", "needs_completion"})) {
      const auto state = parse_state(record.state);
      if (!state || !needs_reminder(*state, http::local_date(record.state_since), today)) continue;
      if (!store::mark_reminded(*connection, record.id, record.state_since, now)) continue;
      ReminderNotice notice{record.id, record.case_number, record.state, {}};
      const Event event{"remind", nullptr, record.state, record.state, "", now};
      for (const Recipient& told :
           notify(*connection, record, event, audiences_of_reminder(*state), mail)) {
        if (told.user_id) notice.recipients.push_back(*told.user_id);
      }
      // A reminder is the system's, not an action: it leaves the version alone, so nobody's
      // open edit turns stale because of it.
      record_event(*connection, record, std::nullopt, now, "remind", record.state, record.state, "",
                   {{"recipients", notice.recipients}});
      sent.push_back(std::move(notice));
    }
    return sent;
  });
  return notices;
}

ReminderSweeper::ReminderSweeper(store::Database& database, auth::Clock clock,
                                 std::chrono::milliseconds interval, MailSettings mail,
                                 std::function<void()> mail_queued)
    : database_(database),
      clock_(std::move(clock)),
      interval_(interval),
      mail_(std::move(mail)),
      mail_queued_(std::move(mail_queued)) {
  thread_ = std::thread([this] { run(); });
}

ReminderSweeper::~ReminderSweeper() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ReminderSweeper::run() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    lock.unlock();
    try {
      const auto notices = send_due_reminders(database_, clock_(), mail_);
      if (!notices.empty() && mail_.enabled && mail_queued_) mail_queued_();
    } catch (const std::exception& e) {
      // A busy or broken database must not end the server; the next sweep tries again.
      std::fprintf(stderr, "reminders: %s\n", e.what());
    }
    lock.lock();
    wake_.wait_for(lock, interval_, [this] { return stopping_; });
  }
}

}  // namespace anskaffa::workflow
