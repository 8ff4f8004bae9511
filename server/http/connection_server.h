// httplib::Server, except that a response can close its connection, and closes it gently.
//
// cpp-httplib keeps a connection alive after any response unless the *request* asked to
// close it. A request refused before its body was read (wrong type, too long, no length)
// would then leave that body in the socket, to be parsed as the next request: a way to
// smuggle a request past whatever sits in front. This subclass runs the same keep-alive loop
// as the library, but ends it when the exchange says so (Exchange::close_connection); the
// header writer then announces "Connection: close".
//
// Closing a socket with unread data makes the kernel send a reset, and a client still
// sending its body may then lose the answer (the 413 it should read). So after such an
// exchange the server stops writing, reads and discards what is still arriving for a short,
// bounded while ("lingering close"), and only then closes.
#pragma once

#include <string>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

// The two ends of a connection, as the request log and the client address see them.
struct ConnectionEnds {
  std::string remote_addr;
  int remote_port = 0;
  std::string local_addr;
  int local_port = 0;
};

class ConnectionServer final : public httplib::Server {
 public:
  // One exchange on a connection, as its keep-alive loop runs it: reads a request from stream,
  // answers it there, and sets connection_closed when the connection must end after it. False
  // when nothing could be answered. Public so that the HTTP fuzzer (tests/fuzz) feeds bytes
  // through exactly this path in-process, without a socket.
  bool serve_exchange(httplib::Stream& stream, const ConnectionEnds& ends, bool close_connection,
                      bool& connection_closed);

 private:
  bool process_and_close_socket(socket_t sock) override;
};

}  // namespace anskaffa::http
