// What the store throws when SQLite fails. Handlers never show its text to a client: the HTTP
// layer answers a generic 500 (or 503 for /healthz) and logs it.
#pragma once

#include <stdexcept>
#include <string>

namespace anskaffa::store {

class StoreError : public std::runtime_error {
 public:
  StoreError(int sqlite_code, const std::string& message)
      : std::runtime_error(message), code_(sqlite_code) {}
  int sqlite_code() const { return code_; }

 private:
  int code_;
};

}  // namespace anskaffa::store
