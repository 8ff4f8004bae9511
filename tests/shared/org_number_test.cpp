// SPEC 3.2: Swedish organisation numbers.
#include <catch2/catch.hpp>

#include "shared/org_number.h"

using anskaffa::check_org_number;
using anskaffa::OrgNumberCheck;

TEST_CASE("the examples of SPEC 3.2") {
  CHECK(check_org_number("556016-0680") == OrgNumberCheck::legal_entity);
  CHECK(check_org_number("556016-0681") == OrgNumberCheck::invalid);
  CHECK(check_org_number("212000-1355") == OrgNumberCheck::legal_entity);
}

TEST_CASE("an organisation number may be written without the dash or with the prefix 16") {
  CHECK(check_org_number("5560160680") == OrgNumberCheck::legal_entity);
  CHECK(check_org_number("165560160680") == OrgNumberCheck::legal_entity);
  CHECK(check_org_number("16556016-0680") == OrgNumberCheck::legal_entity);
  CHECK(check_org_number("165560160681") == OrgNumberCheck::invalid);
}

TEST_CASE("a third digit of 0 or 1 is a sole trader's personal identity number") {
  // 811218-9876 is a Luhn-valid personal identity number (third digit 1).
  CHECK(check_org_number("811218-9876") == OrgNumberCheck::personal_number);
  CHECK(check_org_number("8112189876") == OrgNumberCheck::personal_number);
}

TEST_CASE("any other shape is not an organisation number") {
  for (const char* text : {"", "556016-068", "556016-06800", "55601-60680", "5560-160680",
                           "556016 0680", "abcdef-ghij", "125560160680", "556016--680",
                           "-5560160680", "5560160680-", "16-5560160680"}) {
    INFO(text);
    CHECK(check_org_number(text) == OrgNumberCheck::invalid);
  }
}
