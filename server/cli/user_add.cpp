// user add: an account with its roles and units. The password is the first line of standard
// input, so it never appears in the process list or the shell's history.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <limits>
#include <string>

#include "server/auth/email.h"
#include "server/auth/password.h"
#include "server/auth/sessions.h"
#include "server/cli/args.h"
#include "server/cli/commands.h"
#include "server/store/database.h"
#include "server/store/units.h"
#include "server/store/users.h"
#include "shared/accounts.h"
#include "shared/user.h"
#include "shared/utf8.h"

namespace anskaffa::cli {
namespace {

std::string read_password() {
  std::string line;
  if (!std::getline(std::cin, line)) {
    throw UsageError("the password must be given as the first line of standard input");
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  // The policy is the core's, shared with the admin endpoints; its message is the English one.
  const Findings findings = validate_password(line, Lang::en);
  if (!findings.empty()) throw UsageError(findings.front().message);
  return line;
}

std::string role_list() {
  std::string list;
  for (Role role : all_roles) {
    if (!list.empty()) list += ", ";
    list += role_key(role);
  }
  return list;
}

std::vector<std::string> read_roles(const Args& args) {
  std::vector<std::string> roles = args.all("role");
  if (roles.empty()) throw UsageError("--role is required (at least one)");
  for (const std::string& role : roles) {
    if (!parse_role(role)) {
      throw UsageError("unknown role '" + role + "' (roles: " + role_list() + ")");
    }
  }
  std::ranges::sort(roles);
  roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
  return roles;
}

std::vector<std::int64_t> read_units(const Args& args) {
  std::vector<std::int64_t> units;
  for (const std::string& unit : args.all("unit")) {
    units.push_back(parse_integer("unit", unit, 1, std::numeric_limits<std::int64_t>::max()));
  }
  std::ranges::sort(units);
  units.erase(std::unique(units.begin(), units.end()), units.end());
  return units;
}

}  // namespace

int user_add(std::span<char* const> words) {
  const Args args(words, {"db", "email", "name", "role", "unit"});
  store::NewUser user;
  const std::string db_path = args.required("db");
  user.email = auth::normalize_email(args.required("email"));
  if (!auth::plausible_email(user.email)) {
    throw UsageError("--email '" + user.email + "' is not an e-mail address");
  }
  user.name = std::string(trim(args.required("name")));
  if (!is_valid_utf8(user.name) || user.name.empty() || code_point_count(user.name) > 200) {
    throw UsageError("--name must be 1 to 200 characters of UTF-8 text");
  }
  user.roles = read_roles(args);
  user.units = read_units(args);
  if (!user.units.empty() && !std::ranges::binary_search(user.roles, "principal")) {
    throw UsageError("--unit scopes a principal: give --role principal too");
  }
  // The database is opened (and a bad path reported) before anyone types a password.
  store::Database database(db_path);
  const std::string password = read_password();
  user.password_hash = auth::hash_password(password);

  auto connection = database.connect();
  const auto id = connection->write_transaction([&] {
    if (store::email_taken(*connection, user.email)) {
      throw std::runtime_error("a user with the e-mail " + user.email + " already exists");
    }
    for (std::int64_t unit : user.units) {
      if (!store::find_unit(*connection, unit)) {
        throw UsageError("--unit " + std::to_string(unit) + ": no such unit");
      }
    }
    return store::insert_user(*connection, user, auth::system_now());
  });
  std::printf("%lld\n", static_cast<long long>(id));
  return exit_ok;
}

}  // namespace anskaffa::cli
