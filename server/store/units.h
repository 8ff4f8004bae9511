// School units (SPEC 5): name and school form.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

struct Unit {
  std::int64_t id = 0;
  std::string name;
  std::string school_form;
};

std::int64_t insert_unit(Connection& connection, std::string_view name,
                         std::string_view school_form, std::int64_t now);
void update_unit(Connection& connection, const Unit& unit);
std::vector<Unit> list_units(Connection& connection);  // by name
std::optional<Unit> find_unit(Connection& connection, std::int64_t id);
std::int64_t count_units(Connection& connection);

}  // namespace anskaffa::store
