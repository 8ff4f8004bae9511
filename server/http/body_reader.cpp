#include "server/http/body_reader.h"

#include <algorithm>

#include "shared/texts.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

bool is_int64(const json& value) {
  return value.is_number_integer() &&
         !(value.is_number_unsigned() && value.get<std::uint64_t>() > INT64_MAX);
}

}  // namespace

BodyReader::BodyReader(const json& body, Lang lang, std::string prefix)
    : body_(body), lang_(lang), prefix_(std::move(prefix)) {}

bool BodyReader::has(const std::string& key) const {
  const auto it = body_.find(key);
  return it != body_.end() && !it->is_null();
}

std::optional<std::int64_t> BodyReader::integer(const std::string& key, bool required) {
  seen(key);
  const auto it = body_.find(key);
  if (it == body_.end() || it->is_null()) {
    if (required) add(key, "required");
    return std::nullopt;
  }
  if (!is_int64(*it)) {
    add(key, "wrong_type");
    return std::nullopt;
  }
  return it->get<std::int64_t>();
}

std::string BodyReader::text(const std::string& key, bool required) {
  seen(key);
  const auto it = body_.find(key);
  if (it == body_.end() || it->is_null()) {
    if (required) add(key, "required");
    return {};
  }
  if (!it->is_string()) {
    add(key, "wrong_type");
    return {};
  }
  return it->get<std::string>();
}

std::optional<std::vector<std::int64_t>> BodyReader::integers(const std::string& key) {
  seen(key);
  const auto it = body_.find(key);
  if (it == body_.end() || it->is_null()) return std::nullopt;
  if (!it->is_array() || !std::all_of(it->begin(), it->end(), is_int64)) {
    add(key, "wrong_type");
    return std::nullopt;
  }
  std::vector<std::int64_t> values;
  for (const json& item : *it) values.push_back(item.get<std::int64_t>());
  return values;
}

const json* BodyReader::object(const std::string& key, bool required) {
  seen(key);
  const auto it = body_.find(key);
  if (it == body_.end() || it->is_null()) {
    if (required) add(key, "required");
    return nullptr;
  }
  if (!it->is_object()) {
    add(key, "wrong_type");
    return nullptr;
  }
  return &*it;
}

void BodyReader::add(const std::string& key, std::string_view code) {
  const std::string field = prefix_ + key;
  findings_.push_back(
      Finding{field, std::string(code), Severity::error,
              format_text(lang_, std::string("finding.") + std::string(code), {{"label", field}})});
}

Findings BodyReader::finish() {
  for (const auto& item : body_.items()) {
    if (std::find(seen_.begin(), seen_.end(), item.key()) == seen_.end()) {
      add(item.key(), "unknown_field");
    }
  }
  return std::move(findings_);
}

}  // namespace anskaffa::http
