// SPEC 9, crash safety under a mixed load: concurrent clients submit requests and take them
// through the workflow (principal approval, assignment, comments, completion, edit, resubmission,
// approval) while the real server binary is killed with SIGKILL at random moments and started
// again. After each kill the file itself must hold every acknowledged write, each change with
// its audit rows, and pass PRAGMA integrity_check (support/crash_checks.h).
//
// ANSKAFFA_CRASH_KILLS sets the number of kills (5 here; tools/fuzz runs 50 or more), and
// ANSKAFFA_CRASH_SEED the random moments (printed, to replay a failure). Prints
// "kills survived: N".
#include <catch2/catch.hpp>

#include <signal.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <regex>
#include <thread>
#include <vector>

#include "support/crash_checks.h"
#include "support/process.h"
#include "support/test_server.h"
#include "support/workflow_fixture.h"

namespace {

using anskaffa::testing::Acknowledged;
using anskaffa::testing::Client;
using anskaffa::testing::Response;
using anskaffa::testing::run_server_binary;
using anskaffa::testing::ServeProcess;
using anskaffa::testing::TempDir;
using anskaffa::testing::WorkflowFixture;
using nlohmann::json;
using namespace std::chrono_literals;

const std::string harness_password = "rätt häst batteri";
constexpr int writers = 4;
// The steps a writer takes a request through; a request at version v takes step v next.
constexpr int steps = 8;

int env_number(const char* name, int fallback) {
  const char* value = std::getenv(name);
  return value && *value ? std::atoi(value) : fallback;
}

int port_of(const ServeProcess& serve) {
  std::smatch match;
  const std::string line = serve.first_line();
  if (!std::regex_match(line, match, std::regex(R"(listening on http://127\.0\.0\.1:(\d+))"))) {
    return 0;
  }
  return std::stoi(match[1].str());
}

std::string tail_of(const std::string& path) {
  std::ifstream in(path);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return text.size() > 4000 ? text.substr(text.size() - 4000) : text;
}

// What the writers and the killer share.
struct Shared {
  std::mutex mutex;
  std::condition_variable changed;
  int port = 0;  // 0 while the server is down
  int generation = 0;
  bool stop = false;
  std::map<std::int64_t, Acknowledged> acknowledged;  // the last answer per request
  std::int64_t answers = 0;                           // 2xx answers so far
  std::vector<std::string> unexpected;                // answers that are neither 2xx nor 503

  void acknowledge(std::int64_t id, const json& body) {
    std::lock_guard lock(mutex);
    Acknowledged& ack = acknowledged[id];
    ack.version = body.at("version").get<std::int64_t>();
    ack.state = body.at("state").get<std::string>();
    ++answers;
  }
  // Waits for a server newer than the one of `seen`; false when told to stop.
  bool wait_for_server(int seen, int& port_out, int& generation_out) {
    std::unique_lock lock(mutex);
    changed.wait(lock, [&] { return stop || (port != 0 && generation != seen); });
    port_out = port;
    generation_out = generation;
    return !stop;
  }
};

struct People {
  std::string owner, principal, reviewer;  // Cookie header values
};

// One writer: submits a request under its own Idempotency-Key and takes it through every step,
// then the next. A write whose answer was lost with the server is in doubt: after the restart
// the submission is sent again under the same key, and an action's request is looked up for
// the version that tells which step comes next.
class Writer {
 public:
  Writer(int number, Shared& shared, const People& people, std::int64_t unit)
      : number_(number), shared_(shared), people_(people), unit_(unit) {}

  void run() {
    int port = 0, generation = 0;
    while (shared_.wait_for_server(generation, port, generation)) {
      Client client(port);
      if (in_doubt_ && id_ != 0 && !look_up(client)) continue;
      in_doubt_ = false;
      while (true) {
        {
          std::lock_guard lock(shared_.mutex);
          if (shared_.stop) return;
        }
        const Response r = take_step(client);
        if (r.status != 0 && r.status != 503) submission_pending_ = false;
        if (r.status == 0) {
          in_doubt_ = true;  // the server is gone: wait for the next one
          break;
        }
        if (r.status == 503) continue;  // busy: nothing was written, the same step again
        if (r.status < 200 || r.status > 299) {
          std::lock_guard lock(shared_.mutex);
          shared_.unexpected.push_back("step " + std::to_string(version_) + " of request " +
                                       std::to_string(id_) + ": " + std::to_string(r.status) + " " +
                                       r.body);
          id_ = 0;  // leave it; a new request next
          version_ = 0;
          continue;
        }
        const json body = json::parse(r.body);
        id_ = body.at("id").get<std::int64_t>();
        version_ = body.at("version").get<std::int64_t>();
        shared_.acknowledge(id_, body);
        if (version_ >= steps) {
          id_ = 0;
          version_ = 0;
        }
      }
    }
  }

 private:
  bool look_up(Client& client) {
    const Response r = client.get(WorkflowFixture::path(id_), {{"Cookie", people_.reviewer}});
    if (r.status != 200) return false;
    version_ = json::parse(r.body).at("version").get<std::int64_t>();
    if (version_ >= steps) {
      id_ = 0;
      version_ = 0;
    }
    return true;
  }

  std::string name() const {
    return "Kraschresurs " + std::to_string(number_) + "-" + std::to_string(submissions_);
  }

  json form() const {
    json request = WorkflowFixture::request_without_personal_data(unit_);
    request["resource_name"] = name();
    request["start_date"] = "2099-08-15";  // this server runs on the real clock
    return request;
  }

  Response act(Client& client, const std::string& cookie, const std::string& action,
               json extra = json::object()) {
    extra["action"] = action;
    extra["version"] = version_;
    return client.post(WorkflowFixture::path(id_, "/actions"), extra.dump(), "application/json",
                       {{"Cookie", cookie}});
  }

  Response take_step(Client& client) {
    if (id_ == 0) {
      // A submission whose answer was lost goes again under its key.
      if (!submission_pending_) ++submissions_;
      submission_pending_ = true;
      const std::string key =
          "crash-" + std::to_string(number_) + "-" + std::to_string(submissions_);
      return client.post("/api/v1/requests", form().dump(), "application/json",
                         {{"Cookie", people_.owner}, {"Idempotency-Key", key}});
    }
    switch (version_) {
      case 1:
        return act(client, people_.principal, "principal_approve");
      case 2:
        return act(client, people_.reviewer, "assign");
      case 3:
        return act(client, people_.owner, "comment", {{"comment", "Går det att logga in?"}});
      case 4:
        return act(client, people_.reviewer, "request_completion",
                   {{"comment", "Beskriv inloggningen."}});
      case 5: {
        json edited = form();
        edited["description"] = "Inloggning med skolans konto, utan personuppgifter.";
        return client.put(WorkflowFixture::path(id_),
                          json{{"version", version_}, {"request", edited}}.dump(),
                          "application/json", {{"Cookie", people_.owner}});
      }
      case 6:
        return act(client, people_.owner, "resubmit");
      default:
        return act(client, people_.reviewer, "approve");
    }
  }

  int number_;
  Shared& shared_;
  const People& people_;
  std::int64_t unit_;
  std::int64_t id_ = 0;       // the request being taken through its steps; 0: none yet
  std::int64_t version_ = 0;  // its version as last answered
  int submissions_ = 0;
  bool in_doubt_ = false;            // the last write's answer was lost with the server
  bool submission_pending_ = false;  // the last submission was not answered yet
};

// Stops the writers however the test ends: a thread left running would end the test runner.
struct StopOnExit {
  Shared& shared;
  std::vector<std::thread>& threads;
  ~StopOnExit() {
    {
      std::lock_guard lock(shared.mutex);
      shared.stop = true;
    }
    shared.changed.notify_all();
    for (std::thread& thread : threads) {
      if (thread.joinable()) thread.join();
    }
  }
};

std::string sign_in(int port, const std::string& email) {
  const Response response = Client(port).post(
      "/api/v1/session", json{{"email", email}, {"password", harness_password}}.dump());
  REQUIRE(response.status == 200);
  const std::string cookie = response.header("Set-Cookie");
  return cookie.substr(0, cookie.find(';'));
}

void add_user(const std::string& db, const std::string& email, const std::string& role,
              std::optional<std::int64_t> unit = std::nullopt) {
  std::vector<std::string> args = {"user", "add",    "--db",          db,       "--email",
                                   email,  "--name", "Test " + email, "--role", role};
  if (unit) args.insert(args.end(), {"--unit", std::to_string(*unit)});
  const auto added = run_server_binary(args, harness_password + "\n");
  INFO(added.err);
  REQUIRE(added.exit_code == 0);
}

}  // namespace

TEST_CASE("acknowledged writes and their audit rows survive SIGKILL at random moments",
          "[crash][crash_safety]") {
  const int kills = env_number("ANSKAFFA_CRASH_KILLS", 5);
  const unsigned seed = static_cast<unsigned>(
      env_number("ANSKAFFA_CRASH_SEED", static_cast<int>(std::random_device{}() & 0x7fffffff)));
  INFO("ANSKAFFA_CRASH_SEED=" << seed);
  std::mt19937 random(seed);

  TempDir dir;
  const std::string db = (dir.path() / "crash.db").string();
  const std::string web = (dir.path() / "web").string();
  const std::string log = (dir.path() / "server.log").string();
  std::filesystem::create_directories(web);
  const auto unit = run_server_binary({"unit", "add", "--db", db, "--name", "Exempelskolan"});
  REQUIRE(unit.exit_code == 0);
  const std::int64_t unit_id = std::stoll(unit.out);
  add_user(db, "agare@skola.example", "requester");
  add_user(db, "rektor@skola.example", "principal", unit_id);
  add_user(db, "granskare@di.example", "reviewer");

  Shared shared;
  People people;
  std::vector<std::unique_ptr<Writer>> writer_states;
  std::vector<std::thread> threads;
  StopOnExit stop_on_exit{shared, threads};
  const auto start = [&] {
    auto serve = std::make_unique<ServeProcess>(
        std::vector<std::string>{"--db", db, "--port", "0", "--web-root", web}, log);
    const int port = port_of(*serve);
    INFO("server log: " << tail_of(log));
    REQUIRE(port != 0);
    return std::make_pair(std::move(serve), port);
  };

  int survived = 0;
  for (int kill = 1; kill <= kills; ++kill) {
    auto [serve, port] = start();
    if (kill == 1) {
      // Sessions are kept in the database: one sign-in each serves every restart.
      people.owner = sign_in(port, "agare@skola.example");
      people.principal = sign_in(port, "rektor@skola.example");
      people.reviewer = sign_in(port, "granskare@di.example");
      for (int w = 0; w < writers; ++w) {
        writer_states.push_back(std::make_unique<Writer>(w, shared, people, unit_id));
      }
      for (auto& writer : writer_states) threads.emplace_back([&writer] { writer->run(); });
    }
    std::int64_t answers_before = 0;
    {
      std::lock_guard lock(shared.mutex);
      shared.port = port;
      ++shared.generation;
      answers_before = shared.answers;
    }
    shared.changed.notify_all();

    // Kill mid-stream: once some writes were answered, at a random moment after that.
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
      {
        std::lock_guard lock(shared.mutex);
        if (shared.answers > answers_before) break;
      }
      std::this_thread::sleep_for(1ms);
    }
    std::this_thread::sleep_for(
        std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 300)(random)));
    {
      INFO("kill " << kill << ": the server ended by itself; its log: " << tail_of(log));
      REQUIRE(serve->running());
    }
    REQUIRE(serve->stop(SIGKILL) == 128 + SIGKILL);
    std::map<std::int64_t, Acknowledged> acknowledged;
    std::int64_t answers = 0;
    {
      std::lock_guard lock(shared.mutex);
      shared.port = 0;
      acknowledged = shared.acknowledged;
      answers = shared.answers;
    }
    INFO("kill " << kill << " after " << answers << " acknowledged writes");
    REQUIRE(answers > answers_before);
    const std::vector<std::string> problems =
        anskaffa::testing::crash_safety_problems(db, acknowledged);
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i) UNSCOPED_INFO(problems[i]);
    REQUIRE(problems.empty());
    ++survived;
  }

  // One last start: the server opens the file it was killed over and answers for every
  // acknowledged request with at least the acknowledged version; then it stops cleanly (which
  // under the sanitizers also checks for leaks).
  auto [serve, port] = start();
  {
    std::lock_guard lock(shared.mutex);
    shared.stop = true;
  }
  shared.changed.notify_all();
  for (std::thread& thread : threads) thread.join();
  {
    std::lock_guard lock(shared.mutex);
    for (std::size_t i = 0; i < shared.unexpected.size() && i < 20; ++i) {
      UNSCOPED_INFO(shared.unexpected[i]);
    }
    CHECK(shared.unexpected.empty());
  }
  Client client(port);
  for (const auto& [id, ack] : shared.acknowledged) {
    const Response r = client.get(WorkflowFixture::path(id), {{"Cookie", people.reviewer}});
    INFO("request " << id << ": " << r.body);
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body).at("version").get<std::int64_t>() >= ack.version);
  }
  INFO("server log: " << tail_of(log));
  CHECK(serve->stop(SIGTERM) == 0);
  CHECK(anskaffa::testing::crash_safety_problems(db, shared.acknowledged).empty());
  std::cout << "kills survived: " << survived << " (" << shared.acknowledged.size() << " requests, "
            << shared.answers << " acknowledged writes, seed " << seed << ")\n";
}
