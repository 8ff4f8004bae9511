// A DPA's termination as the catalogue shows it (SPEC 5): one recorded for a later day leaves
// the entry's DPA valid, in the list as on the entry, until that day, and from that day on both
// say it has expired; the workflow's rule (agreement_valid_on) agrees with both on every day.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <string>

#include "server/store/agreements.h"
#include "support/agreement_helpers.h"
#include "support/catalog_fixture.h"

namespace {

using anskaffa::testing::CatalogFixture;
using anskaffa::testing::day;
using anskaffa::testing::fixture_now;
using anskaffa::testing::one_day;
using anskaffa::testing::put_agreement;
using anskaffa::testing::Response;
using nlohmann::json;
namespace store = anskaffa::store;

// The entry's row in the list. The list is a page sorted by name, and the fixture's entries
// share the same default name: looking only at the first row, or at a page without the
// entry, would test another entry. The search by the entry's own name and a page of 200 find
// it wherever it sorts.
json listed(CatalogFixture& f, std::int64_t id, const std::string& name) {
  const json page = f.read("/api/v1/catalog?per_page=200&q=" + name);
  for (const json& item : page.at("items")) {
    if (item.at("id") == id) return item;
  }
  FAIL("entry " << id << " is not in the list: " << page.dump());
  return nullptr;
}

void move_to(CatalogFixture& f, long offset) {
  *f.now = fixture_now + offset * one_day;
  // Sessions end after a while without use; the people sign in again on the new day.
  f.sign_in_again(f.reviewer);
  f.sign_in_again(f.infosec);
}

}  // namespace

TEST_CASE("a DPA terminated for a later day stays valid in the catalogue until that day",
          "[catalog][dpa]") {
  CatalogFixture f;
  const std::string name = "Tidslinjen";
  const std::int64_t id = f.approved_with_dpa({{"resource_name", name}});
  const json before = f.read(CatalogFixture::entry_path(id));
  REQUIRE(before.at("dpa").is_object());
  const std::int64_t dpa = before.at("dpa").at("id").get<std::int64_t>();
  const std::string valid_until = before.at("dpa").at("valid_until").get<std::string>();

  const Response terminated = put_agreement(f, f.infosec, dpa, {{"terminated_on", day(30)}});
  INFO(terminated.body);
  REQUIRE(terminated.status == 200);
  CHECK(json::parse(terminated.body).at("terminated_on") == day(30));

  // Any day before the termination's date: valid in the entry, the list and the workflow.
  for (const long offset : {0L, 1L, 29L}) {
    INFO("day " << offset);
    move_to(f, offset);
    const json entry = f.read(CatalogFixture::entry_path(id));
    CHECK(entry.at("dpa_expired") == false);
    CHECK(entry.at("dpa").at("valid") == true);
    CHECK(entry.at("dpa").at("expired") == false);
    CHECK(entry.at("dpa").at("valid_until") == valid_until);
    const json item = listed(f, id, name);
    CHECK(item.at("dpa_expired") == false);
    CHECK(item.at("dpa_valid_until") == valid_until);
    auto connection = f.server.database().connect();
    CHECK(store::agreement_valid_on(*connection, dpa, "dpa", day(offset)));
  }

  // From the termination's date on: expired everywhere.
  for (const long offset : {30L, 31L}) {
    INFO("day " << offset);
    move_to(f, offset);
    const json entry = f.read(CatalogFixture::entry_path(id));
    CHECK(entry.at("dpa_expired") == true);
    CHECK(entry.at("dpa").at("valid") == false);
    CHECK(entry.at("dpa").at("expired") == true);
    CHECK(listed(f, id, name).at("dpa_expired") == true);
    auto connection = f.server.database().connect();
    CHECK_FALSE(store::agreement_valid_on(*connection, dpa, "dpa", day(offset)));
  }
}
