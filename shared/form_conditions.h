// Which of the form's questions apply to the answers given so far: SPEC 2's "if paid",
// "unless no", "if outside_eu_eea". The app asks only these and sends only their answers (a
// cost typed before choosing "free" stays on screen but is not sent). This decides what is
// asked, never whether an answer is valid: that is validate()'s, which also requires an answer
// to a follow-up whose condition is still unanswered.
#pragma once

#include <string_view>

#include "shared/request.h"

namespace anskaffa {

// Whether the question `key` is asked, given the request's answers (only its choices and
// catalog_id are read). A follow-up waits for the answer it follows; catalog_id is not a
// question but a choice made in the catalogue, and applies once made.
bool question_applies(const Request& answers, std::string_view key);

}  // namespace anskaffa
