#include "server/http/csv.h"

namespace anskaffa::http {

std::string csv_cell(std::string_view value) {
  std::string cell = "\"";
  if (!value.empty()) {
    const char first = value.front();
    if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' ||
        first == '\r') {
      cell += '\'';
    }
  }
  for (char c : value) {
    if (c == '"') cell += '"';
    cell += c;
  }
  cell += '"';
  return cell;
}

std::string csv_row(const std::vector<std::string>& cells) {
  std::string row;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) row += ',';
    row += csv_cell(cells[i]);
  }
  row += "\r\n";
  return row;
}

}  // namespace anskaffa::http
