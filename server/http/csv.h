// CSV that is safe to open in a spreadsheet (SPEC 5): UTF-8 with a byte order mark (so that
// Excel reads å, ä and ö), CRLF line ends, every cell quoted with its quotes doubled, and a cell
// that begins with =, +, -, @, a tab or a carriage return prefixed with ' so that no
// spreadsheet runs it as a formula (CSV injection).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace anskaffa::http {

// The byte order mark a CSV file begins with.
inline constexpr std::string_view csv_bom = "\xEF\xBB\xBF";

// One cell, neutralised and quoted.
std::string csv_cell(std::string_view value);

// One row of cells and its CRLF.
std::string csv_row(const std::vector<std::string>& cells);

}  // namespace anskaffa::http
