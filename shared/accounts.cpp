#include "shared/accounts.h"

#include <algorithm>

#include "shared/user.h"
#include "shared/utf8.h"

namespace anskaffa {
namespace {

void add(Findings& findings, Lang lang, std::string_view field, std::string_view code,
         TextValues values = {}) {
  findings.push_back(make_finding(lang, field, code, Severity::error, std::move(values)));
}

// Required, valid UTF-8 and at most `max` code points once trimmed.
void check_text(Findings& findings, Lang lang, std::string_view field, std::string_view value,
                std::size_t max, bool required) {
  if (!is_valid_utf8(value)) {
    add(findings, lang, field, "wrong_type");
    return;
  }
  const std::string_view trimmed = trim(value);
  if (trimmed.empty()) {
    if (required) add(findings, lang, field, "required");
    return;
  }
  if (code_point_count(trimmed) > max) {
    add(findings, lang, field, "too_long", {{"max", std::to_string(max)}});
  }
}

}  // namespace

Findings validate_account(const Account& account, const std::vector<UnitRef>& units, Lang lang) {
  Findings findings;
  const std::string_view email = trim(account.email);
  if (email.empty()) {
    add(findings, lang, "email", "required");
  } else if (!is_email(email)) {
    add(findings, lang, "email", "invalid_email");
  }
  check_text(findings, lang, "name", account.name, max_name_length, true);

  bool principal = false;
  if (account.roles.empty()) add(findings, lang, "roles", "required");
  for (const std::string& role : account.roles) {
    const auto parsed = parse_role(role);
    if (!parsed) {
      add(findings, lang, "roles", "out_of_range");
      break;
    }
    principal = principal || *parsed == Role::principal;
  }
  // A principal answers for units (SPEC 1); units mean nothing for any other role.
  if (principal && account.units.empty()) add(findings, lang, "units", "principal_needs_unit");
  if (!principal && !account.units.empty()) add(findings, lang, "units", "units_need_principal");
  for (const std::int64_t unit : account.units) {
    const bool known =
        std::any_of(units.begin(), units.end(), [unit](const UnitRef& u) { return u.id == unit; });
    if (!known) {
      add(findings, lang, "units", "unknown_unit");
      break;
    }
  }
  return findings;
}

Findings validate_password(std::string_view password, Lang lang) {
  Findings findings;
  if (!is_valid_utf8(password)) {
    add(findings, lang, "password", "wrong_type");
  } else if (code_point_count(password) < min_password_length) {
    add(findings, lang, "password", "too_short", {{"min", std::to_string(min_password_length)}});
  } else if (password.size() > max_password_bytes) {
    add(findings, lang, "password", "too_long", {{"max", std::to_string(max_password_bytes)}});
  }
  return findings;
}

Findings validate_unit(std::string_view name, std::string_view school_form, Lang lang) {
  Findings findings;
  check_text(findings, lang, "name", name, max_name_length, true);
  check_text(findings, lang, "school_form", school_form, max_school_form_length, false);
  return findings;
}

}  // namespace anskaffa
