// The drafts kept on this device and the queue of submissions waiting for the network or a
// sign-in (SPEC 6): the app's state for drafts_state.cpp and queue_state.cpp.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "web/draft/draft_record.h"

namespace anskaffa::web {

struct Drafts {
  bool loaded = false;            // read from storage since the start
  std::vector<DraftRecord> list;  // as stored, newest first
  std::string current;            // the draft on the form; "" until its first save
  double saved_at = 0;            // when the draft on the form was last saved; 0: not yet
  bool save_scheduled = false;    // a save follows the latest edit within a second
  std::string confirm_delete;     // the draft whose deletion awaits confirmation
  std::string message;            // what an import or export did, shown on the home screen
  bool message_is_error = false;
  std::set<std::string, std::less<>> sending;  // submissions on their way
  double retry_delay = 0;                      // milliseconds until the queue is tried again; grows
  bool retry_scheduled = false;
};

// Questions about the session asked over the current screen.
struct SessionPrompts {
  bool sign_in_again = false;   // the session has expired: sign in again, keeping the screen
  bool sign_out_asked = false;  // signing out: keep or remove this device's drafts?
  bool remove_drafts = false;   // the answer; keeping them is the default (SPEC 6)
};

}  // namespace anskaffa::web
