// SPEC 5's rules for the catalogue's own edits: the statuses and what each asks for, and the
// persons and end of a unit's use, checked as the request form checks the same fields.
#include <catch2/catch.hpp>

#include "shared/catalog_rules.h"

using namespace anskaffa;

TEST_CASE("the catalogue's four statuses read and print by their keys") {
  CHECK(catalog_statuses().size() == 4);
  for (CatalogStatus status : catalog_statuses()) {
    CHECK(parse_catalog_status(catalog_status_key(status)) == status);
  }
  CHECK_FALSE(parse_catalog_status("Approved").has_value());
  CHECK_FALSE(parse_catalog_status("").has_value());
}

TEST_CASE("an entry is in use when approved, with or without conditions") {
  CHECK(is_approved("approved"));
  CHECK(is_approved("approved_with_conditions"));
  CHECK_FALSE(is_approved("phased_out"));
  CHECK_FALSE(is_approved("not_approved"));
  CHECK_FALSE(is_approved("Approved"));
  CHECK_FALSE(is_approved(""));
}

TEST_CASE("approved with conditions needs conditions; not approved needs a reason") {
  const auto fields = [](const Findings& findings) {
    std::vector<std::string> names;
    for (const Finding& f : findings) names.push_back(f.field + ":" + f.code);
    return names;
  };
  using Names = std::vector<std::string>;
  CHECK(fields(check_catalog_status(CatalogStatus::approved_with_conditions, " ", "", Lang::sv)) ==
        Names{"conditions:required"});
  CHECK(fields(check_catalog_status(CatalogStatus::not_approved, "", "\u00a0", Lang::en)) ==
        Names{"reason:required"});
  CHECK(check_catalog_status(CatalogStatus::approved_with_conditions, "Ej F–3", "", Lang::sv)
            .empty());
  CHECK(check_catalog_status(CatalogStatus::not_approved, "", "Inget PUB-avtal", Lang::sv).empty());
  CHECK(check_catalog_status(CatalogStatus::approved, "", "", Lang::sv).empty());
  CHECK(check_catalog_status(CatalogStatus::phased_out, "", "", Lang::sv).empty());
  const Findings sv = check_catalog_status(CatalogStatus::not_approved, "", "", Lang::sv);
  CHECK(sv.at(0).message == "Skäl måste fyllas i.");
}

TEST_CASE("a unit's persons are checked by the form's own field definitions") {
  CHECK_FALSE(check_usage_person("register_holder_name", "Per Rektor", Lang::sv));
  CHECK_FALSE(check_usage_person("system_admin_email", "sara@skola.example", Lang::sv));
  CHECK(check_usage_person("system_admin_email", "sara@", Lang::sv)->code == "invalid_email");
  CHECK(check_usage_person("register_holder_email", "a b@c.se", Lang::sv)->code == "invalid_email");
  CHECK(check_usage_person("register_holder_name", "  ", Lang::sv)->code == "required");
  CHECK(check_usage_person("register_holder_name", "P", Lang::sv)->code == "too_short");
  CHECK(check_usage_person("system_admin_name", std::string(101, 'x'), Lang::sv)->code ==
        "too_long");
  CHECK_FALSE(check_usage_person("resource_name", "", Lang::sv));  // not a person field
}

TEST_CASE("an end of use is a date not before the use began") {
  CHECK_FALSE(check_usage_end("2026-05-28", std::nullopt, Lang::sv));
  CHECK_FALSE(check_usage_end("2026-05-28", "2026-05-28", Lang::sv));
  CHECK(check_usage_end("2026-05-28", "2026-05-27", Lang::sv)->code == "out_of_range");
  CHECK(check_usage_end("2026-05-28", "2026-02-30", Lang::sv)->code == "invalid_date");
  CHECK(check_usage_end("2026-05-28", "28/5", Lang::sv)->field == "ended");
}
