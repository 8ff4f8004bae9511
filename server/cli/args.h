// Command-line flags: "--name value" (or "--name=value") for flags that take a value, "--name"
// for switches. Whatever a command does not know is a UsageError, which main answers with the
// usage text and exit code 2.
#pragma once

#include <initializer_list>
#include <map>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace anskaffa::cli {

class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  // args are the words after the command's name.
  Args(std::span<char* const> args, std::initializer_list<std::string_view> valued,
       std::initializer_list<std::string_view> switches = {});

  // The one value of a flag that must be given once.
  std::string required(std::string_view name) const;
  // The value of a flag that may be given once, or fallback.
  std::string optional(std::string_view name, std::string_view fallback = {}) const;
  // Every value of a flag that may repeat, in order.
  std::vector<std::string> all(std::string_view name) const;
  bool has(std::string_view name) const;

 private:
  std::multimap<std::string, std::string, std::less<>> values_;
  std::set<std::string, std::less<>> switches_;
};

// A whole number in [min, max], or a UsageError naming the flag.
long long parse_integer(std::string_view flag, std::string_view text, long long min, long long max);

}  // namespace anskaffa::cli
