#include "server/store/conditions.h"

namespace anskaffa::store {

Conditions& Conditions::add(std::string_view sql) {
  sql_ += sql_.empty() ? " WHERE " : " AND ";
  sql_ += sql;
  return *this;
}

Conditions& Conditions::value(std::int64_t number) {
  values_.emplace_back(number);
  return *this;
}

Conditions& Conditions::value(std::string text) {
  values_.emplace_back(std::move(text));
  return *this;
}

int Conditions::bind(Statement& statement, int first) const {
  int index = first;
  for (const auto& v : values_) {
    if (const auto* number = std::get_if<std::int64_t>(&v)) {
      statement.bind(index++, *number);
    } else {
      statement.bind(index++, std::string_view(std::get<std::string>(v)));
    }
  }
  return index;
}

}  // namespace anskaffa::store
