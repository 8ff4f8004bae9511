#include "server/store/users.h"

namespace anskaffa::store {

std::int64_t insert_user(Connection& connection, const NewUser& user, std::int64_t now) {
  connection
      .prepare("INSERT INTO users (email, name, password_hash, created_at) VALUES (?1, ?2, ?3, ?4)")
      .bind(1, user.email)
      .bind(2, user.name)
      .bind(3, user.password_hash)
      .bind(4, now)
      .run();
  const std::int64_t id = connection.last_insert_rowid();
  auto add_role = connection.prepare("INSERT INTO user_roles (user_id, role) VALUES (?1, ?2)");
  for (const std::string& role : user.roles) {
    add_role.bind(1, id).bind(2, role).run();
  }
  auto add_unit = connection.prepare("INSERT INTO user_units (user_id, unit_id) VALUES (?1, ?2)");
  for (std::int64_t unit : user.units) {
    add_unit.bind(1, id).bind(2, unit).run();
  }
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
