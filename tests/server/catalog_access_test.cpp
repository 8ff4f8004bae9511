// SPEC 1 and 9 for the registers: every endpoint of the catalogue, the change feed and the
// exports against anonymous callers and every role, as the core's registers.h decides.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "support/catalog_fixture.h"

namespace {

using anskaffa::testing::CatalogFixture;
using anskaffa::testing::Person;

}  // namespace

TEST_CASE("every catalogue endpoint against every role", "[catalog][access]") {
  CatalogFixture f;
  const std::int64_t id = f.approved();
  struct Role {
    const char* name;
    Person CatalogFixture::*person;
    int read, decide, usage, changes, exports;
  };
  const Role roles[] = {
      {"a requester", &CatalogFixture::owner, 200, 403, 403, 403, 403},
      {"the principal of the unit", &CatalogFixture::principal_a, 200, 403, 200, 403, 403},
      {"the principal of another unit", &CatalogFixture::principal_b, 200, 403, 403, 403, 403},
      {"a reviewer", &CatalogFixture::reviewer, 200, 200, 200, 200, 200},
      {"the security coordinator", &CatalogFixture::infosec, 200, 403, 403, 200, 200},
      {"an administrator", &CatalogFixture::admin, 200, 403, 403, 403, 403},
  };
  for (const Role& role : roles) {
    INFO(role.name);
    const Person& who = f.*(role.person);
    CHECK(f.get_as(who, "/api/v1/catalog").status == role.read);
    CHECK(f.get_as(who, CatalogFixture::entry_path(id)).status == role.read);
    CHECK(f.put_as(who, CatalogFixture::entry_path(id), {{"status", "approved"}}).status ==
          role.decide);
    CHECK(f.put_as(who, CatalogFixture::usage_path(id, f.unit_a),
                   {{"register_holder_name", "Per Rektor"}})
              .status == role.usage);
    CHECK(f.get_as(who, "/api/v1/changes").status == role.changes);
    CHECK(f.get_as(who, "/api/v1/export/catalog.csv").status == role.exports);
    CHECK(f.get_as(who, "/api/v1/export/usage.csv").status == role.exports);
  }
  auto anonymous = f.server.client();
  CHECK(anonymous.get("/api/v1/catalog").status == 401);
  CHECK(anonymous.get(CatalogFixture::entry_path(id)).status == 401);
  CHECK(anonymous.put(CatalogFixture::entry_path(id), "{\"status\":\"approved\"}").status == 401);
  CHECK(anonymous.put(CatalogFixture::usage_path(id, f.unit_a), "{}").status == 401);
  CHECK(anonymous.get("/api/v1/changes").status == 401);
  CHECK(anonymous.get("/api/v1/export/catalog.csv").status == 401);
  CHECK(anonymous.get("/api/v1/export/usage.csv").status == 401);
  // Nothing above changed anything: every PUT repeated what was stored.
  CHECK(f.count("SELECT count(*) FROM usage_changes") == 1);  // the approval's start
}
