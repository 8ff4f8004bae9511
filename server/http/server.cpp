#include "server/http/server.h"

#include <cstdio>
#include <exception>
#include <stdexcept>

#include "server/auth/password.h"
#include "server/auth/sign_in.h"
#include "server/auth/sign_in_throttle.h"
#include "server/http/app.h"
#include "server/http/body_rules.h"
#include "server/http/connection_server.h"
#include "server/http/errors.h"
#include "server/http/exchange.h"
#include "server/http/metrics.h"
#include "server/http/openapi.h"
#include "server/http/request_log.h"
#include "server/http/route_table.h"
#include "server/http/routes.h"

namespace anskaffa::http {
namespace {

// SPEC 8 and 9: a policy the wasm app can run under ('wasm-unsafe-eval'; inline styles for the
// canvas), nothing framed, nothing fetched or posted elsewhere.
constexpr const char* content_security_policy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'self'";

bool is_api(const httplib::Request& request) {
  return request.path.starts_with("/api/") || request.path == "/api";
}

std::filesystem::path canonical_root(const std::filesystem::path& web_root) {
  std::error_code error;
  const auto root = std::filesystem::canonical(web_root, error);
  if (error || !std::filesystem::is_directory(root)) {
    throw std::runtime_error("the web root " + web_root.string() + " is not a directory");
  }
  return root;
}

}  // namespace

void configure_http_server(httplib::Server& server, const ServerConfig& config) {
  const std::size_t threads = config.worker_threads;
  const std::size_t queued = config.max_queued_connections;
  server.new_task_queue = [threads, queued] { return new httplib::ThreadPool(threads, queued); };
  server.set_keep_alive_max_count(config.keep_alive_max_requests);
  server.set_keep_alive_timeout(config.keep_alive_timeout.count());
  server.set_read_timeout(config.read_timeout.count());
  server.set_write_timeout(config.write_timeout.count());
  // The largest body of any route; refuse_body holds every other route to its own limit.
  server.set_payload_max_length(max_pdf_body);
  // Without it, Nagle's algorithm holds a response's body behind its headers for a delayed
  // ACK: 40 ms per request on a kept-alive connection.
  server.set_tcp_nodelay(true);
}

namespace {

void configure_headers(httplib::Server& server) {
  server.set_default_headers({
      {"Content-Security-Policy", content_security_policy},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
  });
  server.set_post_routing_handler([](const httplib::Request& request, httplib::Response& response) {
    // API answers are per user and per moment, health is per moment, and an error is never
    // worth keeping either.
    const bool dynamic = is_api(request) || request.path == "/healthz" || response.status >= 400;
    if (dynamic && !response.has_header("Cache-Control")) {
      response.set_header("Cache-Control", "no-store");
    }
  });
  server.set_header_writer([](httplib::Stream& stream, httplib::Headers& headers) {
    if (current_exchange().close_connection) {
      headers.erase("Keep-Alive");
      headers.erase("Connection");
      headers.emplace("Connection", "close");
    }
    return httplib::detail::write_headers(stream, headers);
  });
}

void configure_errors(httplib::Server& server, const RouteTable& routes) {
  server.set_pre_routing_handler([](const httplib::Request& request, httplib::Response& response) {
    const auto refusal = refuse_body(request);
    if (!refusal) return httplib::Server::HandlerResponse::Unhandled;
    current_exchange().close_connection = true;
    send_error(response, request, *refusal);
    return httplib::Server::HandlerResponse::Handled;
  });

  // Whatever cpp-httplib answers by itself (no route, an unreadable request) gets our JSON.
  server.set_error_handler([&routes](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty() || response.has_header("Content-Type")) {
      return httplib::Server::HandlerResponse::Unhandled;  // a handler's own answer
    }
    if (response.status == 404) {
      answer_unrouted(routes, request, response);
    } else {
      // The library refused the request while reading it (a bad length, a body it could not
      // read): what is left of the body must not be read as a request.
      current_exchange().close_connection = true;
      send_error(response, request, response.status);
    }
    return httplib::Server::HandlerResponse::Handled;
  });

  // An exception's text never reaches the client (cpp-httplib would put it in an
  // EXCEPTION_WHAT header without this handler); it goes to the log, escaped.
  server.set_exception_handler([](const httplib::Request& request, httplib::Response& response,
                                  std::exception_ptr exception) {
    std::string what = "unknown exception";
    try {
      std::rethrow_exception(exception);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    const std::string line = "error: " + escape_for_log(request.method) + " " +
                             escape_for_log(request.path) + ": " + escape_for_log(what) + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
    response.headers.erase("Set-Cookie");
    send_error(response, request, 500);
  });
}

}  // namespace

struct HttpServer::Impl {
  Impl(store::Database& database, ServerConfig config)
      : sessions(database, config.sessions, config.clock),
        throttle(database, config.clock),
        app{database,
            sessions,
            passwords,
            throttle,
            config.clock,
            canonical_root(config.web_root),
            config.secure_cookies,
            {config.mail.has_value(), config.public_url},
            {}},
        routes(server),
        outbox(config.mail ? std::make_unique<mail::OutboxSender>(database, config.clock,
                                                                  std::move(*config.mail))
                           : nullptr),
        reminders(database, config.clock, config.reminder_interval, app.mail,
                  [this] { wake_outbox(); }) {
    if (outbox) app.mail_queued = [this] { wake_outbox(); };
    configure_http_server(server, config);
    configure_headers(server);
    configure_errors(server, routes);
    server.set_logger([this](const httplib::Request& request, const httplib::Response& response) {
      log_exchange(request, response);
      const auto elapsed = std::chrono::steady_clock::now() - current_exchange().started;
      metrics.observe(request.method, metrics_route(routes, request.method, request.path),
                      response.status, std::chrono::duration<double>(elapsed).count());
    });
    add_health_routes(routes, app);
    add_session_routes(routes, app);
    add_form_routes(routes, app);
    add_units_routes(routes, app);
    add_catalog_routes(routes, app);
    add_changes_routes(routes, app);
    add_export_routes(routes, app);
    add_validate_routes(routes, app);
    add_requests_routes(routes, app);
    add_attachments_routes(routes, app);
    add_stats_routes(routes, app);
    add_metrics_routes(routes, app, metrics);
    add_openapi_routes(routes);
    add_agreements_routes(routes, app);
    add_audit_routes(routes, app);
    add_reviewers_routes(routes, app);
    add_notifications_routes(routes, app);
    add_admin_routes(routes, app);
    add_static_files(server, routes, app);
  }

  ConnectionServer server;
  auth::Sessions sessions;
  auth::PasswordChecker passwords;
  auth::DatabaseThrottle throttle;
  App app;
  RouteTable routes;
  HttpMetrics metrics;
  std::unique_ptr<mail::OutboxSender> outbox;  // with a relay only
  // Last, so that it stops first (it wakes the outbox).
  workflow::ReminderSweeper reminders;

  void wake_outbox() {
    if (outbox) outbox->wake();
  }
};

HttpServer::HttpServer(store::Database& database, ServerConfig config)
    : impl_(std::make_unique<Impl>(database, std::move(config))) {}

HttpServer::~HttpServer() = default;

bool HttpServer::bind(const std::string& address, int port) {
  return impl_->server.bind_to_port(address, port);
}

int HttpServer::bind_to_any_port(const std::string& address) {
  return impl_->server.bind_to_any_port(address);
}

bool HttpServer::listen_after_bind() { return impl_->server.listen_after_bind(); }

void HttpServer::wait_until_ready() const { impl_->server.wait_until_ready(); }

bool HttpServer::is_running() const { return impl_->server.is_running(); }

void HttpServer::stop() { impl_->server.stop(); }

httplib::Server& HttpServer::raw() { return impl_->server; }

const std::vector<std::pair<std::string, std::string>>& HttpServer::routes() const {
  return impl_->routes.all();
}

}  // namespace anskaffa::http
