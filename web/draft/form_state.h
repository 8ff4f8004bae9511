// The request form's state beside the draft itself: the step on screen, which fields the user
// has been in and which steps they have moved on from (which decides when "required" is
// shown), the latest check, and the submission.
#pragma once

#include <array>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "shared/assessment.h"
#include "shared/form.h"
#include "web/draft/draft.h"

namespace anskaffa::web {

// The five sections of SPEC 2, then the summary.
inline constexpr int kSummaryStep = 5;
inline constexpr int kStepCount = kSummaryStep + 1;

struct Submission {
  bool pending = false;
  std::string error;         // what went wrong, in the user's words; empty when nothing did
  Findings server_findings;  // the server's findings on a 422
};

// A request returned for completion (SPEC 4's resubmit), edited on the form: its fields are
// the draft, but it lives on the server, so it is saved there (PUT) when it is sent again and
// never kept as a draft on this device.
struct Completion {
  std::int64_t request_id = 0;  // 0: the form holds a new request
  std::int64_t version = 0;     // the version the edit was made from
  std::string case_number;
};

struct RequestFormState {
  Draft draft;
  bool started = false;  // a draft exists (start() has given it its Idempotency-Key)
  int step = 0;
  std::set<std::string, std::less<>> touched;  // fields the user has edited or left
  std::array<bool, kStepCount> left{};         // steps the user has moved on from
  Assessment check;
  bool check_due = true;           // the draft changed since `check` was made
  bool scroll_to_top = false;      // a new step is on screen
  bool focus_first_field = false;  // the keyboard moved to a new step: its first field takes it
  Submission submission;
  Completion completion;
  bool completing() const { return completion.request_id != 0; }
};

// The index of a section in form_sections(), or kSummaryStep when unknown.
int section_step(std::string_view section);
// The step a finding belongs to: its field's section, or the summary for the whole request.
int finding_step(const Finding& finding);

// A finding is shown under its field at once, except "required": an empty field is not an
// error the moment it appears, only once the user has been in it, or has moved on from its
// step, or is looking at the summary.
bool finding_shown(const RequestFormState& form, const Finding& finding);

// Moves to another step, remembering that the current one was left.
void go_to_step(RequestFormState& form, int step);

}  // namespace anskaffa::web
