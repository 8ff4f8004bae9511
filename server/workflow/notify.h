// Notifications (SPEC 5) over the store: the core says which audiences an event concerns
// (shared/notifications.h); this file finds the people behind them and writes, on the
// connection of the event's own write transaction, one in-app notification per account and,
// when mail is enabled, one outbox row per address, so that they commit with the event or not
// at all. Sending is mail/outbox_sender's, after the commit.
//
// Who the audiences are: the request's owner; the enabled principals of its unit; the register
// holder named by the form's register_holder_email (in the app when an enabled account has that
// address, by e-mail to the address either way); the assignee, or every enabled reviewer while
// none is assigned; every enabled security coordinator. Disabled accounts hear nothing.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"
#include "server/store/requests.h"
#include "server/store/users.h"
#include "shared/lang.h"
#include "shared/notifications.h"

namespace anskaffa::workflow {

// Whether events are also told by e-mail, and the app's address the e-mail links to. Passed
// down from the server's configuration; demo-data and the CLI leave mail disabled.
struct MailSettings {
  bool enabled = false;
  std::string public_url = "http://127.0.0.1:8080/";
};

struct Event {
  std::string kind;                    // the action's key, or "remind"
  const store::User* actor = nullptr;  // nullptr: the system (a reminder)
  std::string from;                    // the state before ("" for submit)
  std::string to;                      // the state after
  std::string comment;
  std::int64_t at = 0;
};

// Tells everyone the audiences name of the event on request (never the actor); returns who was
// told. Call inside the event's write transaction.
std::vector<Recipient> notify(store::Connection& connection, const store::RequestRecord& request,
                              const Event& event, std::span<const Audience> audiences,
                              const MailSettings& mail);

// The one-line text of a notification in lang, e.g. "Åsa Lärare har godkänt ANS-2026-0001
// (Kodknäckarna)." For a reminder, `to` is the state it waits in.
std::string notification_line(Lang lang, std::string_view kind, std::string_view to,
                              std::string_view by_name, std::string_view case_number,
                              std::string_view resource_name);

struct MailText {
  std::string subject;
  std::string body;
};

// The e-mail of an event, in Swedish: the line, the new state, the comment if any, and the
// link to the app. Nothing else of the request, and no personal data beyond the actor's name.
MailText mail_text(const store::RequestRecord& request, const Event& event,
                   const std::string& public_url);

}  // namespace anskaffa::workflow
