// demo-data: seeds an empty database with fictional units and people (and, unless
// --people-only, a catalogue and requests) and prints how to sign in as each of them. On a database
// with data it says so and changes nothing.
#include <algorithm>
#include <cstdio>
#include <string>

#include "server/cli/args.h"
#include "server/cli/commands.h"
#include "server/demo/demo_data.h"
#include "server/store/database.h"

namespace anskaffa::cli {
namespace {

std::string joined(const std::vector<std::string>& words) {
  std::string result;
  for (const std::string& word : words) {
    if (!result.empty()) result += ',';
    result += word;
  }
  return result;
}

std::string padded(const std::string& text, std::size_t width) {
  return text + std::string(width > text.size() ? width - text.size() : 0, ' ');
}

}  // namespace

int demo_data(std::span<char* const> words) {
  const Args args(words, {"db"}, {"people-only"});
  store::Database database(args.required("db"));
  const std::vector<demo::SignIn> sign_ins =
      demo::seed_demo_data(database, args.has("people-only") ? demo::DemoScope::people_only
                                                             : demo::DemoScope::everything);
  if (sign_ins.empty()) {
    std::fputs(
        "anskaffa-server: the database already has units or users; demo-data changed "
        "nothing\n",
        stderr);
    return exit_ok;
  }
  std::size_t email_width = 5;
  std::size_t password_width = 8;
  for (const demo::SignIn& sign_in : sign_ins) {
    email_width = std::max(email_width, sign_in.email.size());
    password_width = std::max(password_width, sign_in.password.size());
  }
  std::string table =
      padded("email", email_width) + "  " + padded("password", password_width) + "  roles\n";
  for (const demo::SignIn& sign_in : sign_ins) {
    table += padded(sign_in.email, email_width) + "  " + padded(sign_in.password, password_width) +
             "  " + joined(sign_in.roles) + "\n";
  }
  std::fputs(table.c_str(), stdout);
  return exit_ok;
}

}  // namespace anskaffa::cli
