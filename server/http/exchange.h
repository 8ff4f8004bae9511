// The state of the exchange (one request and its response) running on this worker thread.
//
// cpp-httplib runs a whole exchange on one thread: read, route, write, log. Its hooks (the
// pre-routing, error and header-writer handlers, the logger) share no per-exchange object, so
// what they must tell each other lives here, thread-local, reset when an exchange begins.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace anskaffa::http {

struct Exchange {
  std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
  // The request's body was not (or not wholly) read: the connection must close after the
  // response, or the unread bytes would be parsed as the next request.
  bool close_connection = false;
  // The signed-in user the request came from, once known (0: none), for the request log.
  std::int64_t user_id = 0;
  // The connection's peer. cpp-httplib fills the request's remote_addr only once the request
  // line and headers were read, so a request refused while reading them (too many or too long
  // headers, a slow client timed out) would otherwise be logged without any address.
  std::string peer;
};

Exchange& current_exchange();
void begin_exchange();

}  // namespace anskaffa::http
