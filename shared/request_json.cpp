#include "shared/request_json.h"

#include <cmath>
#include <limits>

#include "shared/form.h"
#include "shared/utf8.h"

namespace anskaffa {
namespace {

using nlohmann::json;

// Counts bracket depth outside strings before the parser sees the text: nlohmann/json 3.11
// parses any depth but crashes later copying or dumping a very deep value (TOOLCHAIN).
bool nesting_within_limit(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > max_json_depth) return false;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

// An integer field's value: a JSON integer, or a number with no fraction (5.0), within int64.
std::optional<std::int64_t> integral(const json& value) {
  if (value.is_number_integer()) {
    if (value.is_number_unsigned() &&
        value.get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return std::nullopt;
    }
    return value.get<std::int64_t>();
  }
  if (value.is_number_float()) {
    const double d = value.get<double>();
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9.0e15) {
      return static_cast<std::int64_t>(d);
    }
  }
  return std::nullopt;
}

bool is_text(const json& value) {
  return value.is_string() && is_valid_utf8(value.get_ref<const std::string&>());
}

// The value for a field, or the code of a finding when the JSON value does not fit its type.
struct DecodedValue {
  FieldValue value;
  std::string_view error;  // empty when value holds the field's value
};
constexpr std::string_view wrong_type = "wrong_type";

DecodedValue decode_value(const FieldDef& field, const json& value) {
  switch (field.type) {
    case FieldType::text:
    case FieldType::email:
    case FieldType::url:
    case FieldType::date:
    case FieldType::choice:
      if (is_text(value)) return {FieldValue(value.get<std::string>()), {}};
      return {{}, wrong_type};
    case FieldType::integer:
    case FieldType::unit:
      if (auto i = integral(value)) return {FieldValue(*i), {}};
      // A whole number too large for any id or count is a value outside the range.
      if (value.is_number_unsigned() ||
          (value.is_number_float() && std::isfinite(value.get<double>()) &&
           std::trunc(value.get<double>()) == value.get<double>())) {
        return {{}, "out_of_range"};
      }
      return {{}, wrong_type};
    case FieldType::number:
      if (value.is_number_integer() && !value.is_number_unsigned()) {
        return {FieldValue(value.get<std::int64_t>()), {}};
      }
      if (value.is_number() && std::isfinite(value.get<double>())) {
        return {FieldValue(value.get<double>()), {}};
      }
      return {{}, wrong_type};
    case FieldType::boolean:
      if (value.is_boolean()) return {FieldValue(value.get<bool>()), {}};
      return {{}, wrong_type};
    case FieldType::set: {
      if (!value.is_array()) return {{}, wrong_type};
      std::vector<std::string> options;
      for (const json& item : value) {
        if (!is_text(item)) return {{}, wrong_type};
        options.push_back(item.get<std::string>());
      }
      return {FieldValue(std::move(options)), {}};
    }
  }
  return {{}, wrong_type};
}

}  // namespace

std::optional<json> parse_json_object(std::string_view text) {
  if (!nesting_within_limit(text)) return std::nullopt;
  json value = json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded() || !value.is_object()) return std::nullopt;
  return value;
}

DecodedRequest decode_request(const json& object, Lang lang) {
  DecodedRequest decoded;
  if (!object.is_object()) {
    decoded.findings.push_back(make_finding(lang, "", "wrong_type", Severity::error));
    return decoded;
  }
  for (const auto& [key, value] : object.items()) {
    const FieldDef* field = find_field(key);
    if (field == nullptr) {
      // The key is echoed back to the client, so it is kept only when it is valid text.
      const std::string shown = is_valid_utf8(key) ? key : std::string("?");
      decoded.findings.push_back(make_finding(lang, "", "unknown_field", Severity::error));
      decoded.findings.back().field = shown;
      continue;
    }
    if (value.is_null()) continue;  // null counts as absent (SPEC 2)
    DecodedValue result = decode_value(*field, value);
    if (!result.error.empty()) {
      decoded.findings.push_back(make_finding(lang, field->key, result.error, Severity::error));
    } else {
      decoded.request.set(key, std::move(result.value));
    }
  }
  return decoded;
}

json encode_request(const Request& request) {
  json out = json::object();
  for (const auto& field : request.fields()) {
    // Clang 14 cannot capture a structured binding in a lambda, hence field.first.
    const std::string& key = field.first;
    std::visit(
        [&](const auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, std::monostate>) {
            out[key] = nullptr;
          } else {
            out[key] = v;
          }
        },
        field.second);
  }
  return out;
}

json findings_json(const Findings& findings) {
  json out = json::array();
  for (const Finding& f : findings) {
    out.push_back({{"field", f.field},
                   {"code", f.code},
                   {"severity", severity_key(f.severity)},
                   {"message", f.message}});
  }
  return out;
}

json risk_json(const Risk& risk) {
  json reasons = json::array();
  for (const RiskReason& r : risk.reasons) {
    reasons.push_back({{"code", r.code}, {"message", r.message}});
  }
  return {{"level", risk_key(risk.level)}, {"reasons", std::move(reasons)}};
}

}  // namespace anskaffa
