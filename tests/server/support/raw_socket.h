// Plain sockets to the server, for what an HTTP client would not send or would hide: chunked or
// length-less bodies, smuggled requests, paths with dot segments, several exchanges on one
// connection.
#pragma once

#include <string>

namespace anskaffa::testing {

// Sends bytes on a fresh connection and collects all it receives until the server closes the
// connection, or 3 s pass without data. For requests the HTTP client would not send.
struct RawReply {
  std::string data;
  bool closed_by_server = false;
};
RawReply raw_exchange(int port, const std::string& bytes);

// One connection held open across exchanges, to see what the server does with it.
class RawConnection {
 public:
  explicit RawConnection(int port);
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  void send(const std::string& bytes);
  // One response: its head and a Content-Length body; "" if none came within 3 s.
  std::string read_response();

 private:
  int sock_ = -1;
  std::string pending_;
};

}  // namespace anskaffa::testing
