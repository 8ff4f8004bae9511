// The WHERE clause of a query assembled from the filters a caller gave: each condition is fixed
// SQL text with anonymous parameters, and its values are bound in the order the conditions
// were added, so no value ever reaches the SQL. Leaving an absent filter out, rather than
// switching it off with a NULL parameter, lets SQLite choose an index for the ones present.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "server/store/statement.h"

namespace anskaffa::store {

class Conditions {
 public:
  Conditions& add(std::string_view sql);
  Conditions& value(std::int64_t number);
  Conditions& value(std::string text);

  // " WHERE a AND b", or "" when there is no condition.
  const std::string& sql() const { return sql_; }
  // Binds the values from parameter `first` on; returns the next free parameter.
  int bind(Statement& statement, int first = 1) const;

 private:
  std::string sql_;
  std::vector<std::variant<std::int64_t, std::string>> values_;
};

}  // namespace anskaffa::store
