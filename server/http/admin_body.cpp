#include "server/http/admin_body.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

namespace anskaffa::http {
namespace {

using nlohmann::json;

void add_admin_finding(Findings& findings, Lang lang, std::string_view field,
                       std::string_view code) {
  findings.push_back(make_finding(lang, field, code, Severity::error));
}

void refuse_unknown_admin_fields(const json& body, std::initializer_list<std::string_view> known,
                                 Lang lang, Findings& findings) {
  for (const auto& item : body.items()) {
    if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
      add_admin_finding(findings, lang, item.key(), "unknown_field");
    }
  }
}

// A member that must be a string when present; null reads as absent.
std::optional<std::string> admin_text_member(const json& body, const char* key, Lang lang,
                                             Findings& findings) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    add_admin_finding(findings, lang, key, "wrong_type");
    return std::nullopt;
  }
  return it->get<std::string>();
}

template <typename T>
void sort_unique(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

std::optional<std::vector<std::string>> roles_member(const json& body, Lang lang,
                                                     Findings& findings) {
  const auto it = body.find("roles");
  if (it == body.end() || it->is_null()) return std::nullopt;
  std::vector<std::string> roles;
  const bool strings = it->is_array() && std::all_of(it->begin(), it->end(),
                                                     [](const json& r) { return r.is_string(); });
  if (!strings) {
    add_admin_finding(findings, lang, "roles", "wrong_type");
    return std::nullopt;
  }
  for (const json& role : *it) roles.push_back(role.get<std::string>());
  sort_unique(roles);
  return roles;
}

std::optional<std::vector<std::int64_t>> units_member(const json& body, Lang lang,
                                                      Findings& findings) {
  const auto it = body.find("units");
  if (it == body.end() || it->is_null()) return std::nullopt;
  const bool ids = it->is_array() && std::all_of(it->begin(), it->end(), [](const json& u) {
                     return u.is_number_integer() && u.get<std::int64_t>() > 0;
                   });
  if (!ids) {
    add_admin_finding(findings, lang, "units", "wrong_type");
    return std::nullopt;
  }
  std::vector<std::int64_t> units;
  for (const json& unit : *it) units.push_back(unit.get<std::int64_t>());
  sort_unique(units);
  return units;
}

void require(bool present, Lang lang, std::string_view field, Findings& findings) {
  const bool reported = std::any_of(findings.begin(), findings.end(),
                                    [field](const Finding& f) { return f.field == field; });
  if (!present && !reported) add_admin_finding(findings, lang, field, "required");
}

}  // namespace

NewUserBody read_new_user_body(const json& body, Lang lang) {
  NewUserBody result;
  Findings& findings = result.findings;
  const auto email = admin_text_member(body, "email", lang, findings);
  const auto name = admin_text_member(body, "name", lang, findings);
  auto roles = roles_member(body, lang, findings);
  auto units = units_member(body, lang, findings);
  const auto password = admin_text_member(body, "password", lang, findings);
  require(email.has_value(), lang, "email", findings);
  require(name.has_value(), lang, "name", findings);
  require(roles.has_value(), lang, "roles", findings);
  require(password.has_value(), lang, "password", findings);
  refuse_unknown_admin_fields(body, {"email", "name", "roles", "units", "password"}, lang,
                              findings);
  result.account = {email.value_or(""), name.value_or(""),
                    roles.value_or(std::vector<std::string>{}),
                    units.value_or(std::vector<std::int64_t>{})};
  result.password = password.value_or("");
  return result;
}

UserEditBody read_user_edit_body(const json& body, Lang lang) {
  UserEditBody result;
  Findings& findings = result.findings;
  result.name = admin_text_member(body, "name", lang, findings);
  result.roles = roles_member(body, lang, findings);
  result.units = units_member(body, lang, findings);
  if (const auto it = body.find("disabled"); it != body.end() && !it->is_null()) {
    if (it->is_boolean()) {
      result.disabled = it->get<bool>();
    } else {
      add_admin_finding(findings, lang, "disabled", "wrong_type");
    }
  }
  refuse_unknown_admin_fields(body, {"name", "roles", "units", "disabled"}, lang, findings);
  return result;
}

PasswordBody read_password_body(const json& body, Lang lang) {
  PasswordBody result;
  const auto password = admin_text_member(body, "password", lang, result.findings);
  require(password.has_value(), lang, "password", result.findings);
  refuse_unknown_admin_fields(body, {"password"}, lang, result.findings);
  result.password = password.value_or("");
  return result;
}

UnitBody read_unit_body(const json& body, Lang lang, bool creating) {
  UnitBody result;
  result.name = admin_text_member(body, "name", lang, result.findings);
  result.school_form = admin_text_member(body, "school_form", lang, result.findings);
  if (creating) require(result.name.has_value(), lang, "name", result.findings);
  refuse_unknown_admin_fields(body, {"name", "school_form"}, lang, result.findings);
  return result;
}

}  // namespace anskaffa::http
