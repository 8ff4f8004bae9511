// unit add: a school unit; prints its id.
#include <cstdio>
#include <string>

#include "server/auth/sessions.h"
#include "server/cli/args.h"
#include "server/cli/commands.h"
#include "server/store/database.h"
#include "server/store/units.h"
#include "shared/utf8.h"

namespace anskaffa::cli {

int unit_add(std::span<char* const> words) {
  const Args args(words, {"db", "name", "school-form"});
  const std::string db_path = args.required("db");
  const std::string name(trim(args.required("name")));
  const std::string school_form(trim(args.optional("school-form")));
  if (!is_valid_utf8(name) || !is_valid_utf8(school_form)) {
    throw UsageError("--name and --school-form must be UTF-8 text");
  }
  if (name.empty() || code_point_count(name) > 200) {
    throw UsageError("--name must be 1 to 200 characters");
  }
  if (code_point_count(school_form) > 100) {
    throw UsageError("--school-form must be at most 100 characters");
  }

  store::Database database(db_path);
  auto connection = database.connect();
  const auto id = connection->write_transaction(
      [&] { return store::insert_unit(*connection, name, school_form, auth::system_now()); });
  std::printf("%lld\n", static_cast<long long>(id));
  return exit_ok;
}

}  // namespace anskaffa::cli
