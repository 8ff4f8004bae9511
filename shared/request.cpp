#include "shared/request.h"

#include "shared/utf8.h"

namespace anskaffa {

void Request::set(std::string key, FieldValue value) {
  fields_.insert_or_assign(std::move(key), std::move(value));
}

void Request::erase(std::string_view key) {
  if (auto it = fields_.find(key); it != fields_.end()) fields_.erase(it);
}

const FieldValue* Request::find(std::string_view key) const {
  auto it = fields_.find(key);
  return it == fields_.end() ? nullptr : &it->second;
}

bool Request::has(std::string_view key) const {
  const FieldValue* value = find(key);
  if (value == nullptr || std::holds_alternative<std::monostate>(*value)) return false;
  if (auto* s = std::get_if<std::string>(value)) return !trim(*s).empty();
  if (auto* set = std::get_if<std::vector<std::string>>(value)) return !set->empty();
  return true;
}

std::string_view Request::text(std::string_view key) const {
  const FieldValue* value = find(key);
  auto* s = value ? std::get_if<std::string>(value) : nullptr;
  return s ? trim(*s) : std::string_view{};
}

std::optional<std::int64_t> Request::integer(std::string_view key) const {
  const FieldValue* value = find(key);
  auto* i = value ? std::get_if<std::int64_t>(value) : nullptr;
  return i ? std::optional(*i) : std::nullopt;
}

std::optional<double> Request::number(std::string_view key) const {
  const FieldValue* value = find(key);
  if (value == nullptr) return std::nullopt;
  if (auto* d = std::get_if<double>(value)) return *d;
  if (auto* i = std::get_if<std::int64_t>(value)) return static_cast<double>(*i);
  return std::nullopt;
}

std::optional<bool> Request::boolean(std::string_view key) const {
  const FieldValue* value = find(key);
  auto* b = value ? std::get_if<bool>(value) : nullptr;
  return b ? std::optional(*b) : std::nullopt;
}

const std::vector<std::string>& Request::set_of(std::string_view key) const {
  static const std::vector<std::string> empty;
  const FieldValue* value = find(key);
  auto* set = value ? std::get_if<std::vector<std::string>>(value) : nullptr;
  return set ? *set : empty;
}

bool Request::contains(std::string_view key, std::string_view option) const {
  for (const std::string& chosen : set_of(key)) {
    if (chosen == option) return true;
  }
  return false;
}

RequestKind request_kind(const Request& request) {
  if (request.has("catalog_id")) return RequestKind::usage_registration;
  if (request.is("resource_type", "book_with_digital_part")) return RequestKind::book_assessment;
  return RequestKind::new_resource;
}

std::string_view kind_key(RequestKind kind) {
  switch (kind) {
    case RequestKind::usage_registration:
      return "usage_registration";
    case RequestKind::book_assessment:
      return "book_assessment";
    case RequestKind::new_resource:
      break;
  }
  return "new_resource";
}

}  // namespace anskaffa
