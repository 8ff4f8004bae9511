#include "test_server.h"

#include <stdlib.h>

#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "server/auth/password.h"
#include "server/http/httplib_config.h"
#include "server/store/units.h"
#include "server/store/users.h"

namespace anskaffa::testing {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "anskaffa-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

void write_file(const fs::path& file, const std::string& content) {
  fs::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << content;
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

bool HeaderLess::operator()(const std::string& a, const std::string& b) const {
  return std::lexicographical_compare(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) <
           std::tolower(static_cast<unsigned char>(y));
  });
}

std::string Response::header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

bool Response::has_header(const std::string& name) const { return headers.contains(name); }

std::size_t Response::header_count(const std::string& name) const { return headers.count(name); }

// --- Client -------------------------------------------------------------------------------

struct Client::Impl {
  explicit Impl(int port) : client("127.0.0.1", port) {
    client.set_connection_timeout(5);
    client.set_read_timeout(30);
  }
  httplib::Client client;
};

namespace {

httplib::Headers to_httplib(const Headers& headers) {
  return httplib::Headers(headers.begin(), headers.end());
}

Response from_httplib(const httplib::Result& result) {
  Response response;
  if (!result) return response;
  response.status = result->status;
  response.headers = Headers(result->headers.begin(), result->headers.end());
  response.body = result->body;
  return response;
}

}  // namespace

Client::Client(int port) : impl_(std::make_unique<Impl>(port)) {}
Client::~Client() = default;
Client::Client(Client&&) noexcept = default;

Response Client::get(const std::string& path, const Headers& headers) {
  return from_httplib(impl_->client.Get(path, to_httplib(headers)));
}

Response Client::del(const std::string& path, const Headers& headers) {
  return from_httplib(impl_->client.Delete(path, to_httplib(headers)));
}

Response Client::post(const std::string& path, const std::string& body,
                      const std::string& content_type, const Headers& headers) {
  return from_httplib(impl_->client.Post(path, to_httplib(headers), body, content_type));
}

Response Client::put(const std::string& path, const std::string& body,
                     const std::string& content_type, const Headers& headers) {
  return from_httplib(impl_->client.Put(path, to_httplib(headers), body, content_type));
}

// --- TestServer ---------------------------------------------------------------------------

TestServer::TestServer(ServerOptions options) {
  db_path_ = dir_.path() / "anskaffa.db";
  web_root_ = dir_.path() / "web";
  fs::create_directories(web_root_);
  database_ = std::make_unique<store::Database>(db_path_.string(), options.worker_threads);
  http::ServerConfig config;
  config.web_root = web_root_;
  config.secure_cookies = options.secure_cookies;
  config.clock = options.clock;
  config.sessions = options.sessions;
  config.worker_threads = options.worker_threads;
  if (options.smtp_port) {
    config.mail.emplace();
    config.mail->relay.port = *options.smtp_port;
    config.mail->relay.timeout_ms = 2000;
    config.mail->retry_delays = options.mail_retry_delays;
    config.mail->interval = options.outbox_interval;
  }
  server_ = std::make_unique<http::HttpServer>(*database_, config);
  port_ = server_->bind_to_any_port("127.0.0.1");
  if (port_ <= 0) throw std::runtime_error("the test server could not bind");
  thread_ = std::thread([this] { server_->listen_after_bind(); });
  server_->wait_until_ready();
}

TestServer::~TestServer() {
  server_->stop();
  thread_.join();
}

std::int64_t TestServer::add_unit(const std::string& name, const std::string& school_form) {
  auto connection = database_->connect();
  return connection->write_transaction(
      [&] { return store::insert_unit(*connection, name, school_form, auth::system_now()); });
}

std::int64_t TestServer::add_user(const std::string& email, const std::string& password,
                                  const std::vector<std::string>& roles,
                                  const std::vector<std::int64_t>& units, const std::string& name) {
  store::NewUser user{email, name, auth::hash_password(password), roles, units};
  auto connection = database_->connect();
  return connection->write_transaction(
      [&] { return store::insert_user(*connection, user, auth::system_now()); });
}

std::string TestServer::sign_in(const std::string& email, const std::string& password) {
  const nlohmann::json body = {{"email", email}, {"password", password}};
  const Response response = client().post("/api/v1/session", body.dump());
  if (response.status != 200) return "";
  const std::string cookie = response.header("Set-Cookie");
  return cookie.substr(0, cookie.find(';'));
}

void TestServer::add_throwing_route(const std::string& path, const std::string& secret) {
  // A POST route: GET routes added now would come after the static files' catch-all.
  server_->raw().Post(path, [secret](const httplib::Request&, httplib::Response&) {
    throw std::runtime_error(secret);
  });
}

}  // namespace anskaffa::testing
