// The commands of `anskaffa-server` (SPEC 8). Each takes the words after its name and returns
// the exit code; a UsageError it throws becomes the usage text and exit code 2.
#pragma once

#include <span>
#include <string_view>

namespace anskaffa::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_failure = 1;  // the command could not do its work
inline constexpr int exit_usage = 2;    // the command line was wrong

int serve(std::span<char* const> args);
int unit_add(std::span<char* const> args);
int user_add(std::span<char* const> args);
int demo_data(std::span<char* const> args);
int backup(std::span<char* const> args);
int restore(std::span<char* const> args);

std::string_view usage();

}  // namespace anskaffa::cli
