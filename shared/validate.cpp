// The rules of SPEC 2 and 3, in the form's order: first what every field's definition says
// (presence, type, length, range, options), then the rules that tie fields together.
#include "shared/validate.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "shared/form.h"
#include "shared/form_conditions.h"
#include "shared/org_number.h"
#include "shared/texts.h"
#include "shared/utf8.h"

namespace anskaffa {
namespace {

// Under 14 days between the reference date and the start leaves DI too little time.
constexpr long short_lead_time_days = 14;
// RFC 5321's limit on a forward path.
constexpr std::size_t max_email_length = 254;

class Checker {
 public:
  Checker(const Request& request, const ValidationContext& context)
      : request_(request), context_(context) {}

  void add(std::string_view field, std::string_view code, Severity severity,
           std::initializer_list<std::pair<std::string_view, std::string>> values = {}) {
    findings_.push_back(make_finding(context_.lang, field, code, severity, TextValues(values)));
  }
  void error(std::string_view field, std::string_view code,
             std::initializer_list<std::pair<std::string_view, std::string>> values = {}) {
    add(field, code, Severity::error, values);
  }
  void warning(std::string_view field, std::string_view code) {
    add(field, code, Severity::warning);
  }

  const Request& request() const { return request_; }
  const ValidationContext& context() const { return context_; }
  Findings take() { return std::move(findings_); }

 private:
  const Request& request_;
  const ValidationContext& context_;
  Findings findings_;
};

bool is_web_url(std::string_view text) {
  std::string lower = fold_case(text.substr(0, 8));
  std::size_t rest;
  if (lower.starts_with("https://")) {
    rest = 8;
  } else if (lower.starts_with("http://")) {
    rest = 7;
  } else {
    return false;
  }
  const std::string_view after = text.substr(rest);
  const std::size_t host_end = after.find_first_of("/?#");
  std::string_view host = after.substr(0, host_end);
  if (const std::size_t at = host.rfind('@'); at != std::string_view::npos)
    host.remove_prefix(at + 1);
  if (const std::size_t colon = host.rfind(':');
      colon != std::string_view::npos && host.find(']') == std::string_view::npos) {
    host = host.substr(0, colon);
  }
  if (host.empty() || host.front() == '.' || host.front() == '-') return false;
  return std::none_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7F || c == '<' || c == '>' || c == '"' || c == '\\';
  });
}

std::string number_text(double value) {
  const auto whole = static_cast<long long>(value);
  return static_cast<double>(whole) == value ? std::to_string(whole) : std::to_string(value);
}

// What each field's own definition demands of its value, when it is present.
void check_value(Checker& check, const FieldDef& field) {
  const Request& request = check.request();
  const std::string_view key = field.key;
  switch (field.type) {
    case FieldType::text: {
      const std::size_t length = code_point_count(request.text(key));
      if (field.min_length > 0 && length < static_cast<std::size_t>(field.min_length)) {
        check.error(key, "too_short", {{"min", std::to_string(field.min_length)}});
      } else if (field.max_length > 0 && length > static_cast<std::size_t>(field.max_length)) {
        check.error(key, "too_long", {{"max", std::to_string(field.max_length)}});
      }
      break;
    }
    case FieldType::email:
      if (!is_email(request.text(key))) check.error(key, "invalid_email");
      break;
    case FieldType::url:
      if (!is_web_url(request.text(key))) check.error(key, "invalid_url");
      break;
    case FieldType::date:
      if (!parse_date(request.text(key))) check.error(key, "invalid_date");
      break;
    case FieldType::choice:
      if (!is_option(field, request.text(key))) check.error(key, "out_of_range");
      break;
    case FieldType::set:
      for (const std::string& option : request.set_of(key)) {
        if (!is_option(field, option)) {
          check.error(key, "out_of_range");
          break;
        }
      }
      break;
    case FieldType::integer:
    case FieldType::number:
      if (field.max_value > 0) {
        const double value = request.number(key).value_or(0);
        if (value < field.min_value || value > field.max_value) {
          check.error(
              key, "out_of_range",
              {{"min", number_text(field.min_value)}, {"max", number_text(field.max_value)}});
        }
      }
      break;
    case FieldType::unit: {
      const auto id = request.integer(key);
      const auto& units = check.context().units;
      if (!id || std::none_of(units.begin(), units.end(),
                              [&](const UnitRef& unit) { return unit.id == *id; })) {
        check.error(key, "unknown_unit");
      }
      break;
    }
    case FieldType::boolean:
      break;
  }
}

// SPEC 2.3: the cost follows the cost model.
void check_cost(Checker& check) {
  const Request& request = check.request();
  if (request.is("cost_model", "paid")) {
    const auto cost = request.number("annual_cost_sek");
    if (!cost) {
      check.error("annual_cost_sek", "cost_required");
    } else if (*cost == 0) {
      // Negative and too large costs are out of the field's own range (check_value).
      check.error("annual_cost_sek", "out_of_range", {{"min", "1"}, {"max", "10000000"}});
    }
    if (!request.has("purchase_route")) check.error("purchase_route", "route_required");
  } else if (request.is("cost_model", "free")) {
    const auto cost = request.number("annual_cost_sek");
    if (cost && *cost != 0) check.error("annual_cost_sek", "cost_must_be_zero");
  }
  if (request.is("purchase_route", "direct_procurement") &&
      !request.has("procurement_motivation")) {
    check.error("procurement_motivation", "motivation_required");
  }
}

// SPEC 2.4: what must be told about personal data unless none is processed.
void check_personal_data(Checker& check) {
  const Request& request = check.request();
  if (request.is("processes_personal_data", "no")) return;
  if (!request.has("data_categories")) check.error("data_categories", "categories_required");
  if (!request.has("protected_identity_students") && !request.is("users", "staff")) {
    check.error("protected_identity_students", "required");
  }
  if (!request.has("login_method")) check.error("login_method", "required");
  if (!request.has("data_location")) check.error("data_location", "required");
  if (request.is("data_location", "outside_eu_eea")) {
    check.warning("data_location", "third_country_transfer");
    if (!request.has("transfer_safeguard")) {
      check.error("transfer_safeguard", "safeguard_required");
    }
  }
  if (!request.has("privacy_policy_url"))
    check.warning("privacy_policy_url", "privacy_policy_missing");
}

// SPEC 2.5: someone at the unit must be able to remove users, unless there are none to remove.
void check_system_admin(Checker& check) {
  const Request& request = check.request();
  if (!question_applies(request, "system_admin_name")) return;
  for (std::string_view key : {"system_admin_name", "system_admin_email"}) {
    if (!request.has(key)) check.error(key, "system_admin_required");
  }
}

void check_dates(Checker& check) {
  const auto start = parse_date(check.request().text("start_date"));
  if (!start) return;
  const long days = days_between(check.context().reference_date, *start);
  if (days < 0) {
    check.error("start_date", "date_in_past");
  } else if (days < short_lead_time_days) {
    check.warning("start_date", "short_lead_time");
  }
}

void check_supplier_org_number(Checker& check) {
  const std::string_view number = check.request().text("supplier_org_number");
  if (number.empty()) return;
  switch (check_org_number(number)) {
    case OrgNumberCheck::invalid:
      check.error("supplier_org_number", "invalid_org_number");
      break;
    case OrgNumberCheck::personal_number:
      check.warning("supplier_org_number", "org_number_is_personal");
      break;
    case OrgNumberCheck::legal_entity:
      break;
  }
}

// The catalogue, where the context knows it: a usage registration must name a real entry, and
// a new request for a resource that is already there should register usage instead.
void check_catalog(Checker& check) {
  const Request& request = check.request();
  const auto& catalog = check.context().catalog;
  if (catalog.empty()) return;
  if (const auto id = request.integer("catalog_id")) {
    if (std::none_of(catalog.begin(), catalog.end(),
                     [&](const CatalogRef& entry) { return entry.id == *id; })) {
      check.error("catalog_id", "unknown_catalog_entry");
    }
    return;
  }
  const std::string name = fold_case(request.text("resource_name"));
  if (name.empty()) return;
  if (std::any_of(catalog.begin(), catalog.end(),
                  [&](const CatalogRef& entry) { return fold_case(trim(entry.name)) == name; })) {
    check.warning("resource_name", "already_in_catalog");
  }
}

}  // namespace

bool is_email(std::string_view text) {
  if (text.size() > max_email_length) return false;
  const std::size_t at = text.find('@');
  if (at == std::string_view::npos || at == 0 || text.find('@', at + 1) != std::string_view::npos)
    return false;
  const std::string_view domain = text.substr(at + 1);
  const std::size_t dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) return false;
  if (domain.front() == '-' || domain.find("..") != std::string_view::npos) return false;
  return std::none_of(text.begin(), text.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7F || c == ',' || c == ';' || c == '<' || c == '>' || c == '"';
  });
}

Findings validate(const Request& request, const ValidationContext& context) {
  Checker check(request, context);
  for (const FieldDef& field : form_fields()) {
    if (request.has(field.key)) {
      check_value(check, field);
    } else if (field.presence == Presence::required) {
      check.error(field.key, "required");
    }
  }
  if (!request.has("supplier_name") && !request.has("catalog_id")) {
    check.error("supplier_name", "required");
  }
  if (request.boolean("training_confirmed") == false) {
    check.error("training_confirmed", "training_not_confirmed");
  }
  check_cost(check);
  check_personal_data(check);
  check_system_admin(check);
  check_dates(check);
  check_supplier_org_number(check);
  check_catalog(check);
  return check.take();
}

}  // namespace anskaffa
