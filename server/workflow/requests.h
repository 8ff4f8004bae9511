// The workflow of SPEC 4 over the store: submit, edit and act. Each function asks the core
// (can_submit, can) first and, only when it allows, makes every change (request, timeline,
// audit, agreements, catalogue) on the connection it is given.
//
// Call each inside one write transaction (Connection::write_transaction): the decision is then
// taken on the state that the change is applied to, and the change, its audit rows and its
// notifications (notify.h) commit together or not at all. The HTTP handlers and demo-data both come
// through here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "server/store/database.h"
#include "server/store/requests.h"
#include "server/store/users.h"
#include "server/workflow/notify.h"
#include "shared/finding.h"
#include "shared/lang.h"
#include "shared/permissions.h"

namespace anskaffa::workflow {

// Who acts, in which language, and when (Unix seconds); and whether the people the action
// concerns are told by e-mail too (SPEC 5), which only the server's configuration knows.
struct Actor {
  store::User user;
  Lang lang = Lang::sv;
  std::int64_t now = 0;
  MailSettings mail;
};

// An answer: success (status < 400) with the request, or a refusal with its code, the key of
// its message in the texts, and for invalid_request the error findings.
struct Outcome {
  int status = 200;
  std::string code;
  std::string message_key;
  Findings findings;
  std::optional<store::RequestRecord> request;
  std::string body;  // submit: the JSON answered (also what an Idempotency-Key replays)

  bool ok() const { return status < 400; }
};

// POST /api/v1/requests. With a non-empty idempotency_key, the first answer this user got for
// the key is returned again and nothing is created.
Outcome submit(store::Connection& connection, const Actor& actor, const nlohmann::json& object,
               std::string_view idempotency_key = {});

// PUT /api/v1/requests/{id}: the owner saves an edit in needs_completion. A request object the
// core cannot decode (wrong_type, unknown_field) is refused and nothing is saved; otherwise it
// is saved whatever its findings (resubmit checks those).
Outcome edit(store::Connection& connection, const Actor& actor, std::int64_t request_id,
             std::int64_t version, const nlohmann::json& object);

// POST /api/v1/requests/{id}/actions.
Outcome act(store::Connection& connection, const Actor& actor, std::int64_t request_id,
            const ActionInput& input);

// Appends a timeline entry and its audit row for a request.
void record_event(store::Connection& connection, const store::RequestRecord& request,
                  std::optional<std::int64_t> by, std::int64_t at, std::string_view action,
                  std::string_view from, std::string_view to, std::string_view comment,
                  const nlohmann::json& details = nlohmann::json::object());

}  // namespace anskaffa::workflow
