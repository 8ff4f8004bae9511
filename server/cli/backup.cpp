// backup and restore (SPEC 8): a consistent copy of a live database, and putting one back.
#include <cstdio>

#include "server/cli/args.h"
#include "server/cli/commands.h"
#include "server/store/backup.h"

namespace anskaffa::cli {

int backup(std::span<char* const> words) {
  const Args args(words, {"db", "to"});
  const auto result = store::backup_database(args.required("db"), args.required("to"));
  std::printf("backed up %d pages (schema version %d) to %s\n", result.pages, result.schema_version,
              args.required("to").c_str());
  return exit_ok;
}

int restore(std::span<char* const> words) {
  const Args args(words, {"db", "from"});
  const auto result = store::restore_database(args.required("db"), args.required("from"));
  std::printf("restored %d pages (schema version %d) into %s; the previous file is kept as %s\n",
              result.pages, result.schema_version, args.required("db").c_str(),
              (args.required("db") + ".before-restore").c_str());
  return exit_ok;
}

}  // namespace anskaffa::cli
