#include "shared/catalog_rules.h"

#include <string>

#include "shared/date.h"
#include "shared/form.h"
#include "shared/utf8.h"
#include "shared/validate.h"

namespace anskaffa {
namespace {

constexpr CatalogStatus all_statuses[] = {CatalogStatus::approved,
                                          CatalogStatus::approved_with_conditions,
                                          CatalogStatus::phased_out, CatalogStatus::not_approved};

constexpr std::string_view person_fields[] = {"register_holder_name", "register_holder_email",
                                              "system_admin_name", "system_admin_email"};

}  // namespace

std::span<const CatalogStatus> catalog_statuses() { return all_statuses; }

std::string_view catalog_status_key(CatalogStatus status) {
  switch (status) {
    case CatalogStatus::approved:
      return "approved";
    case CatalogStatus::approved_with_conditions:
      return "approved_with_conditions";
    case CatalogStatus::phased_out:
      return "phased_out";
    case CatalogStatus::not_approved:
      return "not_approved";
  }
  return "";
}

std::optional<CatalogStatus> parse_catalog_status(std::string_view key) {
  for (CatalogStatus status : all_statuses) {
    if (catalog_status_key(status) == key) return status;
  }
  return std::nullopt;
}

bool is_approved(std::string_view status_key) {
  const auto status = parse_catalog_status(status_key);
  return status == CatalogStatus::approved || status == CatalogStatus::approved_with_conditions;
}

Findings check_catalog_status(CatalogStatus status, std::string_view conditions,
                              std::string_view reason, Lang lang) {
  Findings findings;
  if (status == CatalogStatus::approved_with_conditions && trim(conditions).empty()) {
    findings.push_back(make_finding(lang, "conditions", "required", Severity::error));
  }
  if (status == CatalogStatus::not_approved && trim(reason).empty()) {
    findings.push_back(make_finding(lang, "reason", "required", Severity::error));
  }
  return findings;
}

std::optional<Finding> check_usage_person(std::string_view field, std::string_view value,
                                          Lang lang) {
  bool known = false;
  for (std::string_view key : person_fields) known = known || key == field;
  const FieldDef* def = known ? find_field(field) : nullptr;
  if (def == nullptr) return std::nullopt;
  const std::string_view text = trim(value);
  if (text.empty()) return make_finding(lang, field, "required", Severity::error);
  if (def->type == FieldType::email) {
    if (!is_email(text)) return make_finding(lang, field, "invalid_email", Severity::error);
    return std::nullopt;
  }
  const std::size_t length = code_point_count(text);
  if (def->min_length > 0 && length < static_cast<std::size_t>(def->min_length)) {
    return make_finding(lang, field, "too_short", Severity::error,
                        {{"min", std::to_string(def->min_length)}});
  }
  if (def->max_length > 0 && length > static_cast<std::size_t>(def->max_length)) {
    return make_finding(lang, field, "too_long", Severity::error,
                        {{"max", std::to_string(def->max_length)}});
  }
  return std::nullopt;
}

std::optional<Finding> check_usage_end(std::string_view since,
                                       const std::optional<std::string>& ended, Lang lang) {
  if (!ended) return std::nullopt;
  const auto end = parse_date(*ended);
  if (!end) return make_finding(lang, "ended", "invalid_date", Severity::error);
  const auto start = parse_date(since);
  if (start && *end < *start) return make_finding(lang, "ended", "out_of_range", Severity::error);
  return std::nullopt;
}

}  // namespace anskaffa
