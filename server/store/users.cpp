#include "server/store/users.h"

namespace anskaffa::store {
namespace {

// '\' escapes LIKE's own characters, so that the user's % and _ match themselves.
std::string user_like_pattern(std::string_view text) {
  std::string pattern = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') pattern += '\\';
    pattern += c;
  }
  return pattern + "%";
}

void replace_roles(Connection& connection, std::int64_t id, const std::vector<std::string>& roles) {
  connection.prepare("DELETE FROM user_roles WHERE user_id = ?1").bind(1, id).run();
  auto add_role = connection.prepare("INSERT INTO user_roles (user_id, role) VALUES (?1, ?2)");
  for (const std::string& role : roles) add_role.bind(1, id).bind(2, role).run();
}

void replace_units(Connection& connection, std::int64_t id,
                   const std::vector<std::int64_t>& units) {
  connection.prepare("DELETE FROM user_units WHERE user_id = ?1").bind(1, id).run();
  auto add_unit = connection.prepare("INSERT INTO user_units (user_id, unit_id) VALUES (?1, ?2)");
  for (std::int64_t unit : units) add_unit.bind(1, id).bind(2, unit).run();
}

}  // namespace

std::int64_t insert_user(Connection& connection, const NewUser& user, std::int64_t now) {
  connection
      .prepare("INSERT INTO users (email, name, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, user.email)
      .bind(2, user.name)
      .bind(3, user.password_hash)
      .bind(4, now)
      .run();
  const std::int64_t id = connection.last_insert_rowid();
  replace_roles(connection, id, user.roles);
  replace_units(connection, id, user.units);
  return id;
}

bool email_taken(Connection& connection, std::string_view email) {
  auto query = connection.prepare("SELECT 1 FROM users WHERE email = ?1");
  query.bind(1, email);
  return query.step();
}

std::optional<Credentials> find_credentials(Connection& connection, std::string_view email) {
  auto query = connection.prepare("SELECT id, password_hash, disabled FROM users WHERE email = ?1");
  query.bind(1, email);
  if (!query.step()) return std::nullopt;
  return Credentials{query.column_int64(0), query.column_text(1), query.column_int64(2) != 0};
}

std::optional<User> find_user(Connection& connection, std::int64_t id) {
  auto query = connection.prepare("SELECT id, email, name, disabled FROM users WHERE id = ?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  User user{query.column_int64(0),     query.column_text(1), query.column_text(2), {}, {},
            query.column_int64(3) != 0};

  auto roles = connection.prepare("SELECT role FROM user_roles WHERE user_id = ?1 ORDER BY role");
  roles.bind(1, id);
  while (roles.step()) user.roles.push_back(roles.column_text(0));

  auto units =
      connection.prepare("SELECT unit_id FROM user_units WHERE user_id = ?1 ORDER BY unit_id");
  units.bind(1, id);
  while (units.step()) user.units.push_back(units.column_int64(0));
  return user;
}

UserPage list_users(Connection& connection, const UserQuery& query) {
  const std::string pattern = user_like_pattern(query.text);
  const char* where = " WHERE name LIKE ?1 ESCAPE '\\' OR email LIKE ?1 ESCAPE '\\'";
  UserPage page;
  auto count = connection.prepare(std::string("SELECT count(*) FROM users") + where);
  count.bind(1, pattern);
  count.step();
  page.total = count.column_int64(0);

  auto ids = connection.prepare(std::string("SELECT id FROM users") + where +
                                " ORDER BY name, id LIMIT ?2 OFFSET ?3");
  ids.bind(1, pattern).bind(2, query.per_page).bind(3, (query.page - 1) * query.per_page);
  std::vector<std::int64_t> found;
  while (ids.step()) found.push_back(ids.column_int64(0));
  for (std::int64_t id : found) {
    if (auto user = find_user(connection, id)) page.items.push_back(std::move(*user));
  }
  return page;
}

void update_user(Connection& connection, std::int64_t id, const UserEdit& edit) {
  if (edit.name) {
    connection.prepare("UPDATE users SET name = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, *edit.name)
        .run();
  }
  if (edit.disabled) {
    connection.prepare("UPDATE users SET disabled = ?2 WHERE id = ?1")
        .bind(1, id)
        .bind(2, std::int64_t{*edit.disabled ? 1 : 0})
        .run();
  }
  if (edit.roles) replace_roles(connection, id, *edit.roles);
  if (edit.units) replace_units(connection, id, *edit.units);
}

void set_password_hash(Connection& connection, std::int64_t id, std::string_view hash) {
  connection.prepare("UPDATE users SET password_hash = ?2 WHERE id = ?1")
      .bind(1, id)
      .bind(2, hash)
      .run();
}

std::int64_t count_users(Connection& connection) {
  auto query = connection.prepare("SELECT count(*) FROM users");
  query.step();
  return query.column_int64(0);
}

std::vector<std::int64_t> principals_of_unit(Connection& connection, std::int64_t unit_id) {
  auto query = connection.prepare(
      "SELECT u.id FROM users u JOIN user_units uu ON uu.user_id = u.id"
      " JOIN user_roles r ON r.user_id = u.id AND r.role = 'principal'"
      " WHERE uu.unit_id = ?1 AND u.disabled = 0 ORDER BY u.id");
  query.bind(1, unit_id);
  std::vector<std::int64_t> ids;
  while (query.step()) ids.push_back(query.column_int64(0));
  return ids;
}

std::vector<std::int64_t> users_with_role(Connection& connection, std::string_view role) {
  auto query = connection.prepare(
      "SELECT u.id FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = ?1"
      " WHERE u.disabled = 0 ORDER BY u.id");
  query.bind(1, role);
  std::vector<std::int64_t> ids;
  while (query.step()) ids.push_back(query.column_int64(0));
  return ids;
}

}  // namespace anskaffa::store
