// SPEC 5's exports: CSV that is safe to open in a spreadsheet. The cell writer on its own, then
// both exports over the API with formula-like text put in through the workflow, every cell
// quoted, a BOM, CRLF, headings in the request's language, and access.
#include <catch2/catch.hpp>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "server/http/csv.h"
#include "server/store/catalog.h"
#include "support/catalog_fixture.h"

namespace {

using anskaffa::testing::CatalogFixture;
using anskaffa::testing::Headers;
using anskaffa::testing::Response;
using anskaffa::testing::with_cookie;
using nlohmann::json;
namespace store = anskaffa::store;
namespace http = anskaffa::http;

using Row = std::vector<std::string>;

// Reads CSV as this project writes it, and fails the test when any cell is not quoted or a line
// does not end in CRLF.
std::vector<Row> parse_csv(const std::string& text) {
  std::vector<Row> rows;
  Row row;
  std::size_t i = 0;
  while (i < text.size()) {
    REQUIRE(text[i] == '"');  // every cell quoted
    std::string cell;
    ++i;
    while (true) {
      REQUIRE(i < text.size());
      if (text[i] == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          cell += '"';
          i += 2;
          continue;
        }
        ++i;
        break;
      }
      cell += text[i++];
    }
    row.push_back(cell);
    if (i < text.size() && text[i] == ',') {
      ++i;
      continue;
    }
    REQUIRE(text.compare(i, 2, "\r\n") == 0);  // CRLF line ends
    i += 2;
    rows.push_back(std::move(row));
    row.clear();
  }
  return rows;
}

// The body after its BOM, which it must begin with.
std::string without_bom(const Response& response) {
  REQUIRE(response.body.starts_with("\xEF\xBB\xBF"));
  return response.body.substr(3);
}

const std::vector<std::string> formulas = {"=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)"};

}  // namespace

TEST_CASE("a CSV cell is quoted, its quotes doubled, and a formula neutralised", "[export]") {
  CHECK(http::csv_cell("") == "\"\"");
  CHECK(http::csv_cell("Matematikappen") == "\"Matematikappen\"");
  CHECK(http::csv_cell("Säg \"hej\", då") == "\"Säg \"\"hej\"\", då\"");
  CHECK(http::csv_cell("rad ett\r\nrad två") == "\"rad ett\r\nrad två\"");
  CHECK(http::csv_cell("=cmd|' /C calc'!A0") == "\"'=cmd|' /C calc'!A0\"");
  CHECK(http::csv_cell("+1") == "\"'+1\"");
  CHECK(http::csv_cell("-1") == "\"'-1\"");
  CHECK(http::csv_cell("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(http::csv_cell("\tx") == "\"'\tx\"");
  CHECK(http::csv_cell("\rx") == "\"'\rx\"");
  CHECK(http::csv_cell("=\"a\"") == "\"'=\"\"a\"\"\"");
  CHECK(http::csv_cell("a=1") == "\"a=1\"");  // only a leading character is a formula
  CHECK(http::csv_cell("2026-05-28") == "\"2026-05-28\"");
  CHECK(http::csv_row({"a", "=b", ""}) == "\"a\",\"'=b\",\"\"\r\n");
}

TEST_CASE("both exports neutralise formula cells put in through the workflow", "[export]") {
  CatalogFixture f;
  std::vector<std::int64_t> ids;
  for (const std::string& formula : formulas) {
    ids.push_back(f.approved({{"resource_name", formula},
                              {"supplier_name", formula},
                              {"register_holder_name", formula}}));
  }
  // A unit's principal names a formula as system administrator through the API.
  REQUIRE(f.put_as(f.principal_a, CatalogFixture::usage_path(ids[0], f.unit_a),
                   {{"system_admin_name", "@SUM(A1)"}, {"system_admin_email", "sum@skola.example"}})
              .status == 200);
  // The form trims a leading tab or carriage return away, so those are put straight in the
  // store, as an import or an old row could hold them.
  {
    auto connection = f.server.database().connect();
    connection->write_transaction([&] {
      auto entry = store::find_catalog_entry(*connection, ids[1]);
      entry->name = "\tx";
      store::update_catalog_entry(*connection, *entry);
      auto use = store::find_usage(*connection, ids[1], f.unit_a);
      use->register_holder_name = "\rx";
      store::update_usage(*connection, *use);
    });
  }

  const Response catalog = f.get_as(f.reviewer, "/api/v1/export/catalog.csv");
  REQUIRE(catalog.status == 200);
  const auto catalog_rows = parse_csv(without_bom(catalog));
  REQUIRE(catalog_rows.size() == 5);  // headings and four entries
  std::vector<std::string> names, suppliers;
  for (std::size_t i = 1; i < catalog_rows.size(); ++i) {
    names.push_back(catalog_rows[i][0]);
    suppliers.push_back(catalog_rows[i][1]);
  }
  for (const std::string& formula : formulas) {
    INFO(formula);
    CHECK(std::count(suppliers.begin(), suppliers.end(), "'" + formula) == 1);
  }
  CHECK(std::count(names.begin(), names.end(), "'\tx") == 1);
  for (const Row& row : catalog_rows) {
    for (const std::string& cell : row) {
      INFO(cell);
      CHECK_FALSE((!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos));
    }
  }

  const Response usage = f.get_as(f.infosec, "/api/v1/export/usage.csv");
  REQUIRE(usage.status == 200);
  const auto usage_rows = parse_csv(without_bom(usage));
  REQUIRE(usage_rows.size() == 5);
  std::vector<std::string> holders, admins;
  for (std::size_t i = 1; i < usage_rows.size(); ++i) {
    holders.push_back(usage_rows[i][2]);
    admins.push_back(usage_rows[i][4]);
  }
  CHECK(std::count(holders.begin(), holders.end(), "'=cmd|' /C calc'!A0") == 1);
  CHECK(std::count(holders.begin(), holders.end(), "'+1") == 0);  // replaced by "\rx" above
  CHECK(std::count(holders.begin(), holders.end(), "'\rx") == 1);
  CHECK(std::count(holders.begin(), holders.end(), "'-1") == 1);
  CHECK(std::count(holders.begin(), holders.end(), "'@SUM(A1)") == 1);
  CHECK(std::count(admins.begin(), admins.end(), "'@SUM(A1)") == 1);
  for (const Row& row : usage_rows) {
    for (const std::string& cell : row) {
      INFO(cell);
      CHECK_FALSE((!cell.empty() && std::string("=+-@\t\r").find(cell[0]) != std::string::npos));
    }
  }
}

TEST_CASE("the exports are UTF-8 CSV files with headings in the reader's language", "[export]") {
  CatalogFixture f;
  const std::int64_t id = f.approved_with_dpa();
  REQUIRE(f.put_as(f.reviewer, CatalogFixture::entry_path(id),
                   {{"status", "approved_with_conditions"}, {"conditions", "Endast åk 4–6."}})
              .status == 200);

  const Response sv = f.get_as(f.reviewer, "/api/v1/export/catalog.csv");
  REQUIRE(sv.status == 200);
  CHECK(sv.header("Content-Type") == "text/csv; charset=utf-8");
  CHECK(sv.header("Content-Disposition") ==
        "attachment; filename=\"anskaffa-catalog-2026-05-28.csv\"");
  const auto rows = parse_csv(without_bom(sv));
  REQUIRE(rows.size() == 2);
  CHECK(rows[0] == Row{"Lärresurs", "Leverantör", "Organisationsnummer", "Typ", "Årskurser",
                       "Status", "Villkor eller skäl", "Beslutsdatum", "PUB-avtal",
                       "PUB-avtal giltigt till", "Tjänsteavtal", "Antal enheter"});
  CHECK(rows[1][0] == "Kodknäckarna");
  CHECK(rows[1][1] == "Demokod Sverige AB");
  CHECK(rows[1][5] == "Godkänd med villkor");
  CHECK(rows[1][6] == "Endast åk 4–6.");
  CHECK(rows[1][7] == "2026-05-28");
  CHECK(rows[1][8] == "PUB-2026-017");
  CHECK(rows[1][9] == "2028-05-19");
  CHECK(rows[1][11] == "1");

  const Response en =
      f.server.client().get("/api/v1/export/catalog.csv",
                            with_cookie(f.reviewer.cookie, Headers{{"Accept-Language", "en"}}));
  const auto english = parse_csv(without_bom(en));
  CHECK(english[0][0] == "Resource");
  CHECK(english[1][5] == "Approved with conditions");

  // The app asks in the language it shows: a download sends the browser's Accept-Language.
  const Response asked =
      f.server.client().get("/api/v1/export/catalog.csv?lang=sv",
                            with_cookie(f.reviewer.cookie, Headers{{"Accept-Language", "en"}}));
  REQUIRE(asked.status == 200);
  CHECK(parse_csv(without_bom(asked))[1][5] == "Godkänd med villkor");
  const Response asked_en =
      f.server.client().get("/api/v1/export/usage.csv?lang=en",
                            with_cookie(f.reviewer.cookie, Headers{{"Accept-Language", "sv"}}));
  REQUIRE(asked_en.status == 200);
  CHECK(parse_csv(without_bom(asked_en))[0][0] == "Resource");

  const Response usage = f.get_as(f.reviewer, "/api/v1/export/usage.csv");
  REQUIRE(usage.status == 200);
  CHECK(usage.header("Content-Type") == "text/csv; charset=utf-8");
  CHECK(usage.header("Content-Disposition").starts_with("attachment; filename=\"anskaffa-usage-"));
  const auto use = parse_csv(without_bom(usage));
  REQUIRE(use.size() == 2);
  CHECK(use[0].size() == 8);
  CHECK(use[1] == Row{"Kodknäckarna", "Exempelskolan", "Per Rektor", "per.rektor@skola.example",
                      "Sara Admin", "sara.admin@skola.example", "2026-05-28", ""});
}

TEST_CASE("only reviewers and security coordinators export", "[export][access]") {
  CatalogFixture f;
  for (const char* path : {"/api/v1/export/catalog.csv", "/api/v1/export/usage.csv"}) {
    INFO(path);
    CHECK(f.server.client().get(path).status == 401);
    CHECK(f.get_as(f.owner, path).status == 403);
    CHECK(f.get_as(f.principal_a, path).status == 403);
    CHECK(f.get_as(f.admin, path).status == 403);
    CHECK(f.get_as(f.reviewer, path).status == 200);
    CHECK(f.get_as(f.infosec, path).status == 200);
    // An empty register is still a file with its headings.
    CHECK(parse_csv(without_bom(f.get_as(f.reviewer, path))).size() == 1);
  }
}
