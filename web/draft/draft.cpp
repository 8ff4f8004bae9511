// The draft model (see draft.h).
#include "web/draft/draft.h"

#include <cmath>
#include <cstdlib>

#include "shared/form_conditions.h"
#include "web/draft/relevance.h"
#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Swedish writes digit groups apart with a space, often a no-break space (U+00A0, or U+202F
// from some keyboards and word processors), and the decimal sign as a comma.
std::size_t group_space_length(std::string_view text, std::size_t at) {
  if (text.compare(at, 1, " ") == 0) return 1;
  if (text.compare(at, 2, "\xC2\xA0") == 0) return 2;
  if (text.compare(at, 3, "\xE2\x80\xAF") == 0) return 3;
  return 0;
}

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty()) {
    if (group_space_length(text, 0) > 0) {
      text.remove_prefix(group_space_length(text, 0));
    } else if (text.front() == '\t' || text.front() == '\n' || text.front() == '\r') {
      text.remove_prefix(1);
    } else {
      break;
    }
  }
  while (!text.empty()) {
    const char c = text.back();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      text.remove_suffix(1);
    } else if (text.ends_with("\xC2\xA0")) {
      text.remove_suffix(2);
    } else if (text.ends_with("\xE2\x80\xAF")) {
      text.remove_suffix(3);
    } else {
      break;
    }
  }
  return text;
}

// "-12 345,67" -> "-12345.67"; nullopt unless the whole text is such a number, with digit
// groups of three after the first when it has groups at all.
std::optional<std::string> plain_number(std::string_view text) {
  std::string plain;
  std::size_t at = 0;
  if (at < text.size() && (text[at] == '-' || text[at] == '+')) {
    if (text[at] == '-') plain += '-';
    ++at;
  }
  const auto digits = [&](std::size_t max) {
    std::size_t count = 0;
    while (at < text.size() && count < max && text[at] >= '0' && text[at] <= '9') {
      plain += text[at++];
      ++count;
    }
    return count;
  };
  const std::size_t first = digits(std::string::npos);
  if (first == 0) return std::nullopt;
  bool grouped = false;
  while (at < text.size()) {
    const std::size_t space = group_space_length(text, at);
    if (space == 0) break;
    if (first > 3 && !grouped) return std::nullopt;
    at += space;
    if (digits(3) != 3) return std::nullopt;
    grouped = true;
  }
  if (at < text.size() && (text[at] == ',' || text[at] == '.')) {
    plain += '.';
    ++at;
    if (digits(std::string::npos) == 0) return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  return plain;
}

}  // namespace

bool is_typed(const FieldDef& field) {
  switch (field.type) {
    case FieldType::text:
    case FieldType::email:
    case FieldType::url:
    case FieldType::date:
    case FieldType::integer:
    case FieldType::number:
      return true;
    default:
      return false;
  }
}

nlohmann::json number_value(std::string_view text) {
  const std::string_view trimmed = trim_spaces(text);
  if (trimmed.empty()) return nullptr;
  const auto plain = plain_number(trimmed);
  if (!plain) return std::string(text);
  const double value = std::strtod(plain->c_str(), nullptr);
  if (!std::isfinite(value)) return std::string(text);
  // A whole number goes as a JSON integer, as a person would write it; the core decides
  // whether a fraction fits the field (an integer field answers wrong_type).
  if (std::trunc(value) == value && std::fabs(value) < 9.0e15) {
    return static_cast<std::int64_t>(value);
  }
  return value;
}

Draft Draft::start() {
  Draft draft;
  draft.idempotency_key_ = random_uuid();
  return draft;
}

void Draft::renew_idempotency_key() { idempotency_key_ = random_uuid(); }

std::string& Draft::typed(std::string_view key) {
  auto found = typed_.find(key);
  if (found == typed_.end()) found = typed_.emplace(std::string(key), std::string()).first;
  return found->second;
}

const std::string& Draft::typed(std::string_view key) const {
  static const std::string empty;
  auto found = typed_.find(key);
  return found == typed_.end() ? empty : found->second;
}

const nlohmann::json& Draft::chosen(std::string_view key) const {
  static const nlohmann::json none;
  auto found = chosen_.find(key);
  return found == chosen_.end() ? none : found->second;
}

void Draft::choose(std::string_view key, nlohmann::json value) {
  if (value.is_null()) {
    if (auto found = chosen_.find(key); found != chosen_.end()) chosen_.erase(found);
    return;
  }
  chosen_[std::string(key)] = std::move(value);
}

bool Draft::has_option(std::string_view key, std::string_view option) const {
  const nlohmann::json& set = chosen(key);
  if (!set.is_array()) return false;
  for (const auto& item : set)
    if (item.is_string() && item.get_ref<const std::string&>() == option) return true;
  return false;
}

void Draft::set_option(const FieldDef& field, std::string_view option, bool on) {
  nlohmann::json set = nlohmann::json::array();
  for (std::string_view candidate : field.options) {
    const bool keep = candidate == option ? on : has_option(field.key, candidate);
    if (keep) set.push_back(std::string(candidate));
  }
  choose(field.key, set.empty() ? nlohmann::json() : std::move(set));
}

nlohmann::json Draft::value(const FieldDef& field) const {
  if (!is_typed(field)) return chosen(field.key);
  const std::string& text = typed(field.key);
  if (field.type == FieldType::integer || field.type == FieldType::number) {
    return number_value(text);
  }
  if (is_blank(text)) return nullptr;
  return text;
}

nlohmann::json Draft::body() const {
  nlohmann::json body = nlohmann::json::object();
  const Request answers = chosen_answers(*this);
  for (const FieldDef& field : form_fields()) {
    if (!question_applies(answers, field.key)) continue;
    nlohmann::json v = value(field);
    if (!v.is_null()) body[std::string(field.key)] = std::move(v);
  }
  return body;
}

void Draft::sync_register_holder() {
  if (!register_holder_is_principal) return;
  typed("register_holder_name") = typed("principal_name");
  typed("register_holder_email") = typed("principal_email");
}

}  // namespace anskaffa::web
