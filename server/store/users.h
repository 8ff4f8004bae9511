// Accounts: e-mail (stored as given to insert_user, which expects it normalised), name, the
// Argon2id password hash, roles (the core's role keys) and the units a principal answers for.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct User {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::vector<std::string> roles;   // sorted
  std::vector<std::int64_t> units;  // sorted
  bool disabled = false;
};

struct NewUser {
  std::string email;
  std::string name;
  std::string password_hash;
  std::vector<std::string> roles;
  std::vector<std::int64_t> units;
};

// What sign-in needs to check a password.
struct Credentials {
  std::int64_t user_id = 0;
  std::string password_hash;
  bool disabled = false;
};

// Inserts the user with roles and units; call inside a write transaction. Throws StoreError
// (SQLITE_CONSTRAINT_UNIQUE) when the e-mail is taken, (SQLITE_CONSTRAINT_FOREIGNKEY) for a
// unit that does not exist.
std::int64_t insert_user(Connection& connection, const NewUser& user, std::int64_t now);

bool email_taken(Connection& connection, std::string_view email);
std::optional<Credentials> find_credentials(Connection& connection, std::string_view email);
std::optional<User> find_user(Connection& connection, std::int64_t id);
std::int64_t count_users(Connection& connection);
// The administrator's list (GET /api/v1/users): by name, optionally only those whose name or
// e-mail contains `text` (ASCII letters compared without case).
struct UserQuery {
  std::string text;  // "" for everyone
  std::int64_t page = 1;
  std::int64_t per_page = 50;
};
struct UserPage {
  std::vector<User> items;
  std::int64_t total = 0;
};
UserPage list_users(Connection& connection, const UserQuery& query);

// An administrator's change of an account; what is absent stays as it is. Call inside a write
// transaction. Throws StoreError (SQLITE_CONSTRAINT_FOREIGNKEY) for a unit that does not exist.
struct UserEdit {
  std::optional<std::string> name;
  std::optional<std::vector<std::string>> roles;
  std::optional<std::vector<std::int64_t>> units;
  std::optional<bool> disabled;
};
void update_user(Connection& connection, std::int64_t id, const UserEdit& edit);
void set_password_hash(Connection& connection, std::int64_t id, std::string_view hash);

// The enabled accounts with the principal role for the unit, by id.
std::vector<std::int64_t> principals_of_unit(Connection& connection, std::int64_t unit_id);
// The enabled accounts that hold the role (a core role key), by id.
std::vector<std::int64_t> users_with_role(Connection& connection, std::string_view role);

}  // namespace anskaffa::store
