// Every text the user can meet exists in both languages.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "sample.h"
#include "shared/action_form.h"
#include "shared/form.h"
#include "shared/texts.h"

using namespace anskaffa;

namespace {

void require_text(std::string_view key) {
  INFO(key);
  CHECK(text(Lang::sv, key) != key);
  CHECK_FALSE(text(Lang::sv, key).empty());
  CHECK_FALSE(text(Lang::en, key).empty());
}

}  // namespace

TEST_CASE("the catalogue is sorted, has no duplicate keys and no empty text") {
  const auto catalog = text_catalog();
  REQUIRE(catalog.size() > 100);
  for (std::size_t i = 1; i < catalog.size(); ++i) {
    INFO(catalog[i].key);
    CHECK(catalog[i - 1].key < catalog[i].key);
  }
  for (const TextEntry& e : catalog) {
    INFO(e.key);
    CHECK_FALSE(e.sv.empty());
    CHECK_FALSE(e.en.empty());
  }
}

TEST_CASE("every section, field and option has its words in Swedish and English") {
  require_text("form.title");
  for (const SectionDef& s : form_sections())
    require_text("section." + std::string(s.key) + ".title");
  for (const FieldDef& f : form_fields()) {
    require_text("field." + std::string(f.key) + ".label");
    require_text("field." + std::string(f.key) + ".help");
    for (std::string_view o : f.options) {
      require_text("option." + std::string(f.key) + "." + std::string(o));
    }
  }
}

TEST_CASE("every state has its next step, every action field its label") {
  for (const State state : all_states()) {
    require_text("state." + std::string(state_key(state)));
    require_text("next." + std::string(state_key(state)));
  }
  const User reviewer{5, {Role::reviewer}, {}};
  RequestFacts request;
  request.request = sample::request();
  for (const Action action : all_actions()) {
    require_text("action." + std::string(action_key(action)));
    for (const ActionField& field : action_fields(reviewer, action, request)) {
      require_text("action_field." + std::string(field.key));
    }
  }
}

TEST_CASE("every finding code of SPEC 3.1 has a message in both languages") {
  for (const char* code : {"required",
                           "cost_required",
                           "route_required",
                           "motivation_required",
                           "categories_required",
                           "safeguard_required",
                           "system_admin_required",
                           "too_short",
                           "too_long",
                           "invalid_email",
                           "invalid_url",
                           "invalid_org_number",
                           "org_number_is_personal",
                           "out_of_range",
                           "invalid_date",
                           "date_in_past",
                           "cost_must_be_zero",
                           "training_not_confirmed",
                           "unknown_unit",
                           "unknown_field",
                           "wrong_type",
                           "privacy_policy_missing",
                           "third_country_transfer",
                           "short_lead_time",
                           "already_in_catalog",
                           "unknown_catalog_entry"}) {
    require_text("finding." + std::string(code));
  }
}

TEST_CASE("Swedish is the default, and an unknown key shows itself") {
  CHECK(text(Lang::sv, "signin.title") == "Logga in");
  CHECK(text(Lang::en, "signin.title") == "Sign in");
  CHECK(text(Lang::sv, "no.such.key") == "no.such.key");
  CHECK(parse_lang("fr") == Lang::sv);
  CHECK(lang_from_accept_language("") == Lang::sv);
  CHECK(lang_from_accept_language("en-GB,en;q=0.9") == Lang::en);
  CHECK(lang_from_accept_language("de-DE, sv-SE;q=0.8, en;q=0.5") == Lang::sv);
  CHECK(lang_from_accept_language("fr, de") == Lang::sv);
}

TEST_CASE("placeholders are filled") {
  CHECK(format_text(Lang::sv, "signin.signed_in_as", {{"name", "Åsa"}}) == "Inloggad som Åsa");
}
