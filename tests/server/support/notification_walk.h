// A walk through every kind of event that notifies (each action of SPEC 4 that tells someone,
// and a reminder), over the people of WorkflowFixture, with who SPEC 5 says must hear of each.
// The in-app and the e-mail tests both take it, step by step.
#pragma once

#include <cstdint>
#include <functional>
#include <set>
#include <string>

#include "support/workflow_fixture.h"

namespace anskaffa::testing {

// The register holder of the walk's main request: an account, named in the form with other
// letter case than the account has.
inline const std::string holder_email = "registerhallare@skola.example";

struct Step {
  std::string kind;  // the action's key, or "remind"
  std::int64_t request_id = 0;
  std::int64_t actor = 0;           // 0: the system
  std::set<std::int64_t> accounts;  // who is told in the app
  std::set<std::string> addresses;  // who is told by e-mail
};

struct Walk {
  explicit Walk(WorkflowFixture& fixture);

  // Takes requests through every kind, calling check after each step. With mail, the reminder
  // is queued as e-mail too (the server's own sweeper is not waited for).
  void run(const std::function<void(const Step&)>& check, bool mail);

  WorkflowFixture& f;
  Person holder;  // the register holder's account
};

}  // namespace anskaffa::testing
