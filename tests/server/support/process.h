// The built anskaffa-server binary as a child process (its path comes from the build as
// ANSKAFFA_SERVER_BINARY, or from the environment variable of that name when set).
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace anskaffa::testing {

// `anskaffa-server serve args...` as a child process, started and waited for until it prints
// its first line; killed at the end if still running. With a log_path, the server's standard
// error (its request log, and a sanitizer's report) goes to that file instead of the test's.
class ServeProcess {
 public:
  explicit ServeProcess(const std::vector<std::string>& args, const std::string& log_path = "");
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  const std::string& first_line() const { return first_line_; }
  // Sends the signal and waits: the exit code (128 + signal if killed by one).
  int stop(int signal_number);
  // Whether it still runs: false once it ended, by itself or by stop().
  bool running();

 private:
  pid_t pid_ = 0;
  int out_fd_ = -1;
  int exit_code_ = -1;
  std::string first_line_;
};

// Runs the built anskaffa-server with args, feeding stdin_text; waits for it to end.
struct ProcessResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
ProcessResult run_server_binary(const std::vector<std::string>& args,
                                const std::string& stdin_text = "");

}  // namespace anskaffa::testing
