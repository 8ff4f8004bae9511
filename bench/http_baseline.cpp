// The bare endpoint the server's reads are measured against: the same HTTP library, the same
// connection handling (ConnectionServer) and the same settings (configure_http_server), and a
// handler that only answers a fixed body of the given size. What the server adds to it is the
// session check, the query, the JSON and the request log.
//   http_baseline <port> <body bytes>
// Prints "listening" once it accepts connections; serves until killed.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "server/http/connection_server.h"
#include "server/http/server.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: http_baseline <port> <body bytes>\n");
    return 2;
  }
  const int port = std::atoi(argv[1]);
  const std::size_t bytes = std::strtoul(argv[2], nullptr, 10);
  // A JSON string, so that the answer is as well-formed as the server's.
  const std::string body = "\"" + std::string(bytes > 2 ? bytes - 2 : 0, 'x') + "\"";

  anskaffa::http::ConnectionServer server;
  anskaffa::http::configure_http_server(server, anskaffa::http::ServerConfig{});
  server.Get("/.*", [&body](const httplib::Request&, httplib::Response& response) {
    response.set_content(body, "application/json; charset=utf-8");
  });
  if (!server.bind_to_port("127.0.0.1", port)) {
    std::fprintf(stderr, "http_baseline: cannot bind port %d\n", port);
    return 1;
  }
  std::printf("listening\n");
  std::fflush(stdout);
  return server.listen_after_bind() ? 0 : 1;
}
