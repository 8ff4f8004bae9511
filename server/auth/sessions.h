// Session lifetime: a session ends after idle_limit without a request, after absolute_limit in
// any case, and at sign-out. Signing in always starts a new session with a new token.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "server/store/database.h"

namespace anskaffa::auth {

using namespace std::chrono_literals;

struct SessionPolicy {
  std::chrono::seconds idle_limit = 8h;           // a working day without a request
  std::chrono::seconds absolute_limit = 24h * 7;  // then sign in again, whatever happened
  std::chrono::seconds touch_interval = 1min;     // last-seen is written at most this often
};

// Unix seconds; tests replace it to see sessions expire without waiting.
using Clock = std::function<std::int64_t()>;
std::int64_t system_now();

class Sessions {
 public:
  Sessions(store::Database& database, SessionPolicy policy = {}, Clock clock = system_now);

  // Starts a session and returns its token. A token the browser still held (replaced) is ended
  // first, so a token planted before sign-in never becomes a signed-in one.
  std::string start(std::int64_t user_id, std::optional<std::string_view> replaced = {});
  // The user a live session belongs to; records the request for the idle limit.
  std::optional<std::int64_t> user_of(std::string_view token);
  void end(std::string_view token);
  // How long a session surely lasts after a request without another: the idle limit, less
  // the time its last-seen may lag behind (it is written at most every touch_interval). The
  // app warns before this runs out (WCAG 2.2.1).
  std::chrono::seconds idle_after_request() const;

 private:
  store::Database& database_;
  SessionPolicy policy_;
  Clock clock_;
};

}  // namespace anskaffa::auth
