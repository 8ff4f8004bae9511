// The API's routes, registered on the server and remembered, so that a request for a known
// path with another method is answered 405 with an Allow header rather than 404.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

class RouteTable {
 public:
  explicit RouteTable(httplib::Server& server) : server_(server) {}

  // Paths are literal, or have ":name" segments (cpp-httplib's path parameters).
  void get(const std::string& path, httplib::Server::Handler handler);
  void post(const std::string& path, httplib::Server::Handler handler);
  void put(const std::string& path, httplib::Server::Handler handler);
  void del(const std::string& path, httplib::Server::Handler handler);

  // "GET, DELETE, POST" for a path with routes; "" for one without.
  std::string allowed_methods(std::string_view path) const;

  // The pattern of the route that answers method on path ("/api/v1/requests/:id"), or "".
  std::string pattern_of(std::string_view method, std::string_view path) const;

  // Every route, as (path pattern, method), in the order registered.
  const std::vector<std::pair<std::string, std::string>>& all() const { return routes_; }

 private:
  void remember(const std::string& path, std::string_view method);

  httplib::Server& server_;
  std::vector<std::pair<std::string, std::string>> routes_;  // (path pattern, method)
};

// Answers a request no route took: 405 (with Allow) for a known path, else 404.
void answer_unrouted(const RouteTable& routes, const httplib::Request& request,
                     httplib::Response& response);

}  // namespace anskaffa::http
