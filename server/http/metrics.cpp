#include "server/http/metrics.h"

#include <cstdio>

#include "server/http/client_address.h"
#include "server/http/errors.h"
#include "server/store/outbox.h"
#include "shared/workflow.h"

namespace anskaffa::http {
namespace {

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.6g", value);
  return text;
}

void help(std::string& out, std::string_view name, std::string_view type, std::string_view what) {
  out += "# HELP ";
  out += name;
  out += ' ';
  out += what;
  out += "\n# TYPE ";
  out += name;
  out += ' ';
  out += type;
  out += '\n';
}

}  // namespace

void HttpMetrics::observe(std::string_view method, std::string_view route, int status,
                          double seconds) {
  std::size_t bucket = 0;
  while (bucket < bucket_bounds.size() && seconds > bucket_bounds[bucket]) ++bucket;
  const std::lock_guard lock(mutex_);
  ++requests_[{std::string(method), std::string(route), status}];
  Latency& latency = latency_[std::string(route)];
  if (bucket < bucket_bounds.size()) ++latency.buckets[bucket];
  ++latency.count;
  latency.sum += seconds;
}

std::string HttpMetrics::text() const {
  const std::lock_guard lock(mutex_);
  std::string out;
  help(out, "anskaffa_http_requests_total", "counter",
       "HTTP requests answered, by method, route and status.");
  for (const auto& [key, count] : requests_) {
    const auto& [method, route, status] = key;
    out += "anskaffa_http_requests_total{method=\"" + escape_label(method) + "\",route=\"" +
           escape_label(route) + "\",status=\"" + std::to_string(status) + "\"} " +
           std::to_string(count) + '\n';
  }
  help(out, "anskaffa_http_request_duration_seconds", "histogram",
       "Time from reading a request to writing its answer, by route.");
  for (const auto& [route, latency] : latency_) {
    const std::string label = "route=\"" + escape_label(route) + "\"";
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < bucket_bounds.size(); ++i) {
      cumulative += latency.buckets[i];
      out += "anskaffa_http_request_duration_seconds_bucket{" + label + ",le=\"" +
             number(bucket_bounds[i]) + "\"} " + std::to_string(cumulative) + '\n';
    }
    out += "anskaffa_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
           std::to_string(latency.count) + '\n';
    out +=
        "anskaffa_http_request_duration_seconds_sum{" + label + "} " + number(latency.sum) + '\n';
    out += "anskaffa_http_request_duration_seconds_count{" + label + "} " +
           std::to_string(latency.count) + '\n';
  }
  return out;
}

std::string metrics_route(const RouteTable& routes, std::string_view method,
                          std::string_view path) {
  // cpp-httplib answers HEAD with the GET route.
  const std::string pattern = routes.pattern_of(method == "HEAD" ? "GET" : method, path);
  if (!pattern.empty()) return pattern;
  return path.starts_with("/api/") || path == "/api" ? "unrouted" : "static";
}

std::string escape_label(std::string_view value) {
  std::string escaped;
  for (char c : value) {
    if (c == '\\') {
      escaped += "\\\\";
    } else if (c == '"') {
      escaped += "\\\"";
    } else if (c == '\n') {
      escaped += "\\n";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

std::string store_gauges_text(store::Connection& connection) {
  std::map<std::string, std::int64_t> by_state;
  for (const State state : all_states()) by_state[std::string(state_key(state))] = 0;
  auto query = connection.prepare("SELECT state, count(*) FROM requests GROUP BY state");
  while (query.step()) by_state[query.column_text(0)] = query.column_int64(1);

  std::string out;
  help(out, "anskaffa_requests", "gauge", "Requests in each state now.");
  for (const auto& [state, count] : by_state) {
    out +=
        "anskaffa_requests{state=\"" + escape_label(state) + "\"} " + std::to_string(count) + '\n';
  }
  const store::OutboxBacklog outbox = store::outbox_backlog(connection);
  help(out, "anskaffa_outbox_pending", "gauge", "E-mail still to be sent, retries included.");
  out += "anskaffa_outbox_pending " + std::to_string(outbox.pending) + '\n';
  help(out, "anskaffa_outbox_failed_attempts", "gauge",
       "E-mail still to be sent that has failed at least once: a relay that is down.");
  out += "anskaffa_outbox_failed_attempts " + std::to_string(outbox.retrying) + '\n';
  help(out, "anskaffa_outbox_undeliverable", "gauge",
       "E-mail the relay refused for good (a 5xx): kept with its error, not retried.");
  out += "anskaffa_outbox_undeliverable " + std::to_string(outbox.undeliverable) + '\n';
  return out;
}

void add_metrics_routes(RouteTable& routes, App& app, const HttpMetrics& metrics) {
  routes.get("/metrics",
             [&app, &metrics](const httplib::Request& request, httplib::Response& response) {
               if (!is_loopback(request.remote_addr) || came_through_proxy(request)) {
                 send_error(response, request, 404);
                 return;
               }
               std::string body = metrics.text();
               auto connection = app.database.connect();
               body += store_gauges_text(*connection);
               response.set_content(body, "text/plain; version=0.0.4; charset=utf-8");
               response.set_header("Cache-Control", "no-store");
             });
}

}  // namespace anskaffa::http
