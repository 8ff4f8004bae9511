#include "server/http/catalog_body.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>

namespace anskaffa::http {
namespace {

using nlohmann::json;

void add_catalog_finding(Findings& findings, Lang lang, const std::string& field,
                         std::string_view code) {
  findings.push_back(make_finding(lang, field, code, Severity::error));
}

// A member that must be a string when present; null reads as absent.
std::optional<std::string> catalog_text_member(const json& body, const std::string& key, Lang lang,
                                               Findings& findings) {
  const auto it = body.find(key);
  if (it == body.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) {
    add_catalog_finding(findings, lang, key, "wrong_type");
    return std::nullopt;
  }
  return it->get<std::string>();
}

void refuse_unknown_catalog_fields(const json& body, std::initializer_list<std::string_view> known,
                                   Lang lang, Findings& findings) {
  for (const auto& item : body.items()) {
    if (std::find(known.begin(), known.end(), item.key()) == known.end()) {
      add_catalog_finding(findings, lang, item.key(), "unknown_field");
    }
  }
}

}  // namespace

DecisionBody read_decision_body(const json& body, Lang lang) {
  DecisionBody result;
  Findings& findings = result.findings;
  const auto status = catalog_text_member(body, "status", lang, findings);
  if (status) {
    if (const auto parsed = parse_catalog_status(*status)) {
      result.decision.status = *parsed;
    } else {
      add_catalog_finding(findings, lang, "status", "out_of_range");
    }
  } else if (findings.empty()) {
    add_catalog_finding(findings, lang, "status", "required");
  }
  result.decision.conditions = catalog_text_member(body, "conditions", lang, findings).value_or("");
  result.decision.reason = catalog_text_member(body, "reason", lang, findings).value_or("");
  refuse_unknown_catalog_fields(body, {"status", "conditions", "reason"}, lang, findings);
  return result;
}

UsageBody read_usage_body(const json& body, Lang lang) {
  UsageBody result;
  workflow::UsageEdit& edit = result.edit;
  Findings& findings = result.findings;
  edit.register_holder_name = catalog_text_member(body, "register_holder_name", lang, findings);
  edit.register_holder_email = catalog_text_member(body, "register_holder_email", lang, findings);
  edit.system_admin_name = catalog_text_member(body, "system_admin_name", lang, findings);
  edit.system_admin_email = catalog_text_member(body, "system_admin_email", lang, findings);
  // "ended": null undoes an end of use, so here null is a value, not an absence.
  if (const auto it = body.find("ended"); it != body.end()) {
    if (it->is_null()) {
      edit.ended = std::optional<std::string>();
    } else if (it->is_string()) {
      edit.ended = it->get<std::string>();
    } else {
      add_catalog_finding(findings, lang, "ended", "wrong_type");
    }
  }
  refuse_unknown_catalog_fields(body,
                                {"register_holder_name", "register_holder_email",
                                 "system_admin_name", "system_admin_email", "ended"},
                                lang, findings);
  return result;
}

}  // namespace anskaffa::http
