#include "server/http/route_table.h"

#include <algorithm>

#include "server/http/errors.h"

namespace anskaffa::http {
namespace {

std::vector<std::string_view> segments(std::string_view path) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string_view::npos ? path.size() : slash;
    parts.push_back(path.substr(start, end - start));
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return parts;
}

bool matches(std::string_view pattern, std::string_view path) {
  const auto want = segments(pattern);
  const auto have = segments(path);
  if (want.size() != have.size()) return false;
  for (std::size_t i = 0; i < want.size(); ++i) {
    const bool parameter = want[i].starts_with(':');
    if (parameter ? have[i].empty() : want[i] != have[i]) return false;
  }
  return true;
}

}  // namespace

void RouteTable::get(const std::string& path, httplib::Server::Handler handler) {
  server_.Get(path, std::move(handler));
  remember(path, "GET");
}

void RouteTable::post(const std::string& path, httplib::Server::Handler handler) {
  server_.Post(path, std::move(handler));
  remember(path, "POST");
}

void RouteTable::put(const std::string& path, httplib::Server::Handler handler) {
  server_.Put(path, std::move(handler));
  remember(path, "PUT");
}

void RouteTable::del(const std::string& path, httplib::Server::Handler handler) {
  server_.Delete(path, std::move(handler));
  remember(path, "DELETE");
}

void RouteTable::remember(const std::string& path, std::string_view method) {
  routes_.emplace_back(path, method);
}

std::string RouteTable::allowed_methods(std::string_view path) const {
  std::vector<std::string> methods;
  for (const auto& [pattern, method] : routes_) {
    if (matches(pattern, path)) methods.push_back(method);
  }
  std::ranges::sort(methods);
  std::string allowed;
  for (const std::string& method : methods) {
    if (!allowed.empty()) allowed += ", ";
    allowed += method;
  }
  return allowed;
}

std::string RouteTable::pattern_of(std::string_view method, std::string_view path) const {
  for (const auto& [pattern, route_method] : routes_) {
    if (route_method == method && matches(pattern, path)) return pattern;
  }
  return {};
}

void answer_unrouted(const RouteTable& routes, const httplib::Request& request,
                     httplib::Response& response) {
  const std::string allowed = routes.allowed_methods(request.path);
  if (allowed.empty()) {
    send_error(response, request, 404);
    return;
  }
  response.set_header("Allow", allowed);
  send_error(response, request, 405);
}

}  // namespace anskaffa::http
