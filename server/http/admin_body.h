// The bodies of the administrator's writes, read strictly (SPEC 8): POST /api/v1/users
// {email, name, roles, units, password}, PUT /api/v1/users/{id} {name?, roles?, units?,
// disabled?}, POST /api/v1/users/{id}/password {password}, POST /api/v1/units {name,
// school_form?} and PUT /api/v1/units/{id} {name?, school_form?}. A missing or mistyped member
// and any member not listed become findings (required, wrong_type, unknown_field); what the
// values must satisfy is the core's (shared/accounts.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "shared/accounts.h"
#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::http {

struct NewUserBody {
  Account account;  // roles and units sorted, without repeats
  std::string password;
  Findings findings;  // errors; the rest is meaningful only when empty
};
NewUserBody read_new_user_body(const nlohmann::json& body, Lang lang);

struct UserEditBody {
  std::optional<std::string> name;
  std::optional<std::vector<std::string>> roles;  // sorted, without repeats
  std::optional<std::vector<std::int64_t>> units;
  std::optional<bool> disabled;
  Findings findings;
};
UserEditBody read_user_edit_body(const nlohmann::json& body, Lang lang);

struct PasswordBody {
  std::string password;
  Findings findings;
};
PasswordBody read_password_body(const nlohmann::json& body, Lang lang);

// `creating`: the name is required (POST); otherwise both members are optional (PUT).
struct UnitBody {
  std::optional<std::string> name;
  std::optional<std::string> school_form;
  Findings findings;
};
UnitBody read_unit_body(const nlohmann::json& body, Lang lang, bool creating);

}  // namespace anskaffa::http
