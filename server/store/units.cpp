#include "server/store/units.h"

namespace anskaffa::store {
namespace {

Unit read_unit(const Statement& row) {
  return Unit{row.column_int64(0), row.column_text(1), row.column_text(2)};
}

}  // namespace

std::int64_t insert_unit(Connection& connection, std::string_view name,
                         std::string_view school_form, std::int64_t now) {
  connection.prepare("INSERT INTO units (name, school_form, created_at) VALUES (?1, ?2, ?3)")
      .bind(1, name)
      .bind(2, school_form)
      .bind(3, now)
      .run();
  return connection.last_insert_rowid();
}

void update_unit(Connection& connection, const Unit& unit) {
  connection.prepare("UPDATE units SET name = ?2, school_form = ?3 WHERE id = ?1")
      .bind(1, unit.id)
      .bind(2, unit.name)
      .bind(3, unit.school_form)
      .run();
}

std::vector<Unit> list_units(Connection& connection) {
  auto query = connection.prepare("SELECT id, name, school_form FROM units ORDER BY name, id");
  std::vector<Unit> units;
  while (query.step()) units.push_back(read_unit(query));
  return units;
}

std::optional<Unit> find_unit(Connection& connection, std::int64_t id) {
  auto query = connection.prepare("SELECT id, name, school_form FROM units WHERE id = ?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  return read_unit(query);
}

std::int64_t count_units(Connection& connection) {
  auto query = connection.prepare("SELECT count(*) FROM units");
  query.step();
  return query.column_int64(0);
}

}  // namespace anskaffa::store
