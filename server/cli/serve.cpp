// serve: opens the database (applying migrations), binds, prints "listening on ..." and serves
// until SIGTERM or SIGINT, then stops accepting, lets the workers finish and exits 0.
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>

#include "server/cli/args.h"
#include "server/cli/commands.h"
#include "server/http/server.h"
#include "server/mail/smtp.h"
#include "server/store/database.h"

namespace anskaffa::cli {
namespace {

using namespace std::chrono_literals;

std::string url_host(const std::string& address) {
  return address.find(':') == std::string::npos ? address : "[" + address + "]";
}

mail::Relay relay_of(const std::string& smtp) {
  const auto colon = smtp.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw UsageError("--smtp must be HOST:PORT, not '" + smtp + "'");
  }
  parse_integer("smtp", std::string_view(smtp).substr(colon + 1), 1, 65535);
  mail::Relay relay;
  if (!mail::parse_relay(smtp, relay)) {
    throw UsageError("--smtp must be HOST:PORT, not '" + smtp + "'");
  }
  return relay;
}

// An address of the form the relay takes in MAIL FROM: no spaces, brackets or line breaks.
std::string mail_from(const std::string& address) {
  const bool plain = address.find_first_of(" <>\r\n\t") == std::string::npos &&
                     address.find('@') != std::string::npos && address.size() <= 254;
  if (!plain) throw UsageError("--mail-from must be an e-mail address, not '" + address + "'");
  return address;
}

std::string public_url(const std::string& url) {
  const bool web = (url.starts_with("http://") || url.starts_with("https://")) &&
                   url.find_first_of(" \r\n\t") == std::string::npos;
  if (!web) throw UsageError("--public-url must be an http or https URL, not '" + url + "'");
  return url;
}

}  // namespace

int serve(std::span<char* const> words) {
  const Args args(
      words,
      {"db", "port", "web-root", "bind", "smtp", "mail-from", "public-url", "session-idle-seconds"},
      {"secure-cookies"});
  const std::string db_path = args.required("db");
  const int port = static_cast<int>(parse_integer("port", args.required("port"), 0, 65535));
  const std::string address = args.optional("bind", "127.0.0.1");
  const std::string smtp = args.optional("smtp");

  http::ServerConfig config;
  config.web_root = args.required("web-root");
  config.secure_cookies = args.has("secure-cookies");
  config.public_url = public_url(args.optional("public-url", config.public_url));
  if (const std::string idle_text = args.optional("session-idle-seconds"); !idle_text.empty()) {
    // Shorter sessions (a test of the app's warning before one ends); last-seen is then
    // written more often, or a busy session would still end at the limit.
    const auto idle =
        std::chrono::seconds(parse_integer("session-idle-seconds", idle_text, 10, 86400));
    config.sessions.idle_limit = idle;
    config.sessions.touch_interval = std::min(config.sessions.touch_interval, idle / 10);
  }
  if (!smtp.empty()) {
    config.mail.emplace();
    config.mail->relay = relay_of(smtp);
    config.mail->from = mail_from(args.optional("mail-from", config.mail->from));
  }

  // Signals are taken by one thread with sigwait, not by a handler: stopping the server is
  // not async-signal-safe. They are blocked before any thread starts, so all inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  store::Database database(db_path, config.worker_threads);
  http::HttpServer server(database, config);
  const int bound_port =
      port == 0 ? server.bind_to_any_port(address) : (server.bind(address, port) ? port : -1);
  if (bound_port < 0) {
    std::fprintf(stderr, "anskaffa-server: cannot listen on %s:%d\n", address.c_str(), port);
    return exit_failure;
  }

  std::atomic<bool> signalled = false;
  std::atomic<bool> finished = false;
  std::thread waiter([&] {
    int signal_number = 0;
    sigwait(&stop_signals, &signal_number);
    signalled = true;
    // A signal that comes between bind and listen must still stop the server once it runs.
    while (!finished && !server.is_running()) std::this_thread::sleep_for(1ms);
    if (!finished) server.stop();
  });
  std::printf("listening on http://%s:%d\n", url_host(address).c_str(), bound_port);
  std::fflush(stdout);

  const bool served = server.listen_after_bind();
  finished = true;
  // If the server ended by itself, the waiter still waits: wake it the way a signal would.
  if (!signalled) pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  return served ? exit_ok : exit_failure;
}

}  // namespace anskaffa::cli
