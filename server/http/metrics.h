// What an operator's Prometheus scrapes at GET /metrics (SPEC 8): HTTP requests by route and
// status, a latency histogram by route, the requests waiting in each state and the e-mail
// outbox's backlog, in the Prometheus text format (version 0.0.4).
//
// Requests are counted by the route that answered ("/api/v1/requests/:id"), never by the raw
// path: a client inventing paths cannot grow the label set. Paths no API route knows count as
// "static" (the app's files) or "unrouted" (under /api).
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

#include "server/http/app.h"
#include "server/http/route_table.h"

namespace anskaffa::http {

class HttpMetrics {
 public:
  // Upper bounds of the latency buckets, in seconds.
  static constexpr std::array<double, 12> bucket_bounds = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                           0.1,   0.25,   0.5,   1.0,  2.5,   10.0};

  void observe(std::string_view method, std::string_view route, int status, double seconds);

  // The counters and histograms in the text format.
  std::string text() const;

 private:
  struct Latency {
    std::array<std::uint64_t, bucket_bounds.size()> buckets{};  // not cumulative
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_;
  std::map<std::string, Latency> latency_;
};

// The route label for an exchange: the pattern that answered, else "static" or "unrouted".
std::string metrics_route(const RouteTable& routes, std::string_view method, std::string_view path);

// A label value as the text format wants it: \\, \" and \n escaped.
std::string escape_label(std::string_view value);

// The gauges read from the store now: requests by state, pending and failed e-mail.
std::string store_gauges_text(store::Connection& connection);

// GET /metrics. Answered only to a scraper on this machine that did not come through the
// proxy (loopback peer, no forwarding header); everyone else gets 404, so that counts of the
// administration's requests are not published on the Internet.
void add_metrics_routes(RouteTable& routes, App& app, const HttpMetrics& metrics);

}  // namespace anskaffa::http
