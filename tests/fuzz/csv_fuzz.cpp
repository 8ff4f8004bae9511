// libFuzzer target: the CSV export's cells and rows (server/http/csv.h). A row read back by a
// plain RFC 4180 reader must give back the cells it was made of, each at most prefixed with the
// ' that neutralises a formula, and no cell may begin with a character a spreadsheet runs.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "server/http/csv.h"

namespace {

bool runs_as_formula(char c) {
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

// The raw cells of one CRLF-ended row of quoted cells; nullopt when it is not one.
std::optional<std::vector<std::string>> read_row(std::string_view row) {
  std::vector<std::string> cells;
  std::size_t i = 0;
  while (true) {
    if (i >= row.size() || row[i] != '"') return std::nullopt;
    ++i;
    std::string cell;
    while (true) {
      if (i >= row.size()) return std::nullopt;
      if (row[i] == '"') {
        if (i + 1 < row.size() && row[i + 1] == '"') {
          cell += '"';
          i += 2;
          continue;
        }
        ++i;
        break;
      }
      cell += row[i++];
    }
    cells.push_back(std::move(cell));
    if (row.substr(i) == "\r\n") return cells;
    if (i >= row.size() || row[i] != ',') return std::nullopt;
    ++i;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FuzzedDataProvider provider(data, size);
  std::vector<std::string> cells;
  while (provider.remaining_bytes() > 0 && cells.size() < 64) {
    cells.push_back(provider.ConsumeRandomLengthString(256));
  }
  if (cells.empty()) cells.emplace_back();

  const auto read = read_row(anskaffa::http::csv_row(cells));
  if (!read || read->size() != cells.size()) __builtin_trap();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const std::string& given = cells[i];
    const std::string& written = (*read)[i];
    if (!written.empty() && runs_as_formula(written.front())) __builtin_trap();
    const bool prefixed = !given.empty() && runs_as_formula(given.front());
    if (written != (prefixed ? "'" + given : given)) __builtin_trap();
  }
  return 0;
}
