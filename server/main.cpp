// anskaffa-server: picks the command and hands it the rest of the command line.
#include <cstdio>
#include <exception>
#include <span>
#include <string>
#include <string_view>

#include "server/cli/args.h"
#include "server/cli/commands.h"

namespace {

using anskaffa::cli::exit_usage;

int dispatch(std::span<char* const> words) {
  namespace cli = anskaffa::cli;
  if (words.empty()) throw cli::UsageError("no command given");
  const std::string_view command = words[0];
  if (command == "--help" || command == "-h" || command == "help") {
    std::fputs(cli::usage().data(), stdout);
    return cli::exit_ok;
  }
  if (command == "serve") return cli::serve(words.subspan(1));
  if (command == "demo-data") return cli::demo_data(words.subspan(1));
  if (command == "backup") return cli::backup(words.subspan(1));
  if (command == "restore") return cli::restore(words.subspan(1));
  const std::string_view object = command;
  const std::string_view verb = words.size() > 1 ? std::string_view(words[1]) : "";
  if (object == "unit" && verb == "add") return cli::unit_add(words.subspan(2));
  if (object == "user" && verb == "add") return cli::user_add(words.subspan(2));
  throw cli::UsageError("unknown command '" + std::string(command) +
                        (verb.empty() ? "" : " " + std::string(verb)) + "'");
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return dispatch(std::span<char* const>(argv + 1, static_cast<std::size_t>(argc - 1)));
  } catch (const anskaffa::cli::UsageError& e) {
    std::fprintf(stderr, "anskaffa-server: %s\n\n%s", e.what(), anskaffa::cli::usage().data());
    return exit_usage;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "anskaffa-server: %s\n", e.what());
    return anskaffa::cli::exit_failure;
  }
}
