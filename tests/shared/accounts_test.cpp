// The rules of an account and a unit as an administrator edits them (SPEC 1).
#include <catch2/catch.hpp>

#include "sample.h"
#include "shared/accounts.h"

namespace anskaffa {
namespace {

using sample::codes;

const std::vector<UnitRef> units = {{1, "Norrskolan", "grundskola"}, {2, "Söderskolan", ""}};

Account valid() { return {"anna@skola.example", "Anna Berg", {"requester"}, {}}; }

}  // namespace

TEST_CASE("accounts: a complete account has no findings", "[accounts]") {
  CHECK(validate_account(valid(), units, Lang::sv).empty());
  Account principal = valid();
  principal.roles = {"principal", "requester"};
  principal.units = {1, 2};
  CHECK(validate_account(principal, units, Lang::sv).empty());
}

TEST_CASE("accounts: each field's finding is under its key", "[accounts]") {
  Account account{"  ", " ", {}, {}};
  Findings findings = validate_account(account, units, Lang::en);
  CHECK(codes(findings, "email") == std::vector<std::string>{"required"});
  CHECK(codes(findings, "name") == std::vector<std::string>{"required"});
  CHECK(codes(findings, "roles") == std::vector<std::string>{"required"});
  for (const Finding& f : findings) CHECK_FALSE(f.message.empty());

  account = valid();
  account.email = "anna@skola";
  account.name = std::string(201, 'a');
  account.roles = {"requester", "owner"};
  findings = validate_account(account, units, Lang::sv);
  CHECK(codes(findings, "email") == std::vector<std::string>{"invalid_email"});
  CHECK(codes(findings, "name") == std::vector<std::string>{"too_long"});
  CHECK(codes(findings, "roles") == std::vector<std::string>{"out_of_range"});
}

TEST_CASE("accounts: units go with the principal role and must exist", "[accounts]") {
  Account account = valid();
  account.roles = {"principal"};
  CHECK(codes(validate_account(account, units, Lang::sv), "units") ==
        std::vector<std::string>{"principal_needs_unit"});
  account.units = {9};
  CHECK(codes(validate_account(account, units, Lang::sv), "units") ==
        std::vector<std::string>{"unknown_unit"});
  account.roles = {"reviewer"};
  account.units = {1};
  CHECK(codes(validate_account(account, units, Lang::sv), "units") ==
        std::vector<std::string>{"units_need_principal"});
}

TEST_CASE("accounts: the password policy counts characters, and bytes at the top", "[accounts]") {
  CHECK(codes(validate_password("kort", Lang::sv), "password") ==
        std::vector<std::string>{"too_short"});
  CHECK(validate_password("åäöåäöåä", Lang::sv).empty());  // 8 characters, 16 bytes
  CHECK(codes(validate_password(std::string(max_password_bytes + 1, 'x'), Lang::sv), "password") ==
        std::vector<std::string>{"too_long"});
  CHECK(codes(validate_password("\xff\xfe\xfd\xfc\xfb\xfa\xf9\xf8", Lang::sv), "password") ==
        std::vector<std::string>{"wrong_type"});
}

TEST_CASE("accounts: a unit needs a name; its school form is optional", "[accounts]") {
  CHECK(validate_unit("Västerskolan", "", Lang::sv).empty());
  CHECK(codes(validate_unit(" ", "", Lang::sv), "name") == std::vector<std::string>{"required"});
  CHECK(codes(validate_unit("Västerskolan", std::string(101, 'g'), Lang::sv), "school_form") ==
        std::vector<std::string>{"too_long"});
}

}  // namespace anskaffa
