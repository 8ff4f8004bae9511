// A request for a learning resource: the flat object of SPEC 2, one value per field key.
// The keys and their types are defined once, in form.cpp; this type only holds values.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace anskaffa {

// Absent, text (also emails, urls, dates and enumeration keys), integer, number, boolean, set.
using FieldValue =
    std::variant<std::monostate, std::string, std::int64_t, double, bool, std::vector<std::string>>;

class Request {
 public:
  void set(std::string key, FieldValue value);
  void erase(std::string_view key);

  // Present in the SPEC 2 sense: not null, not an empty or blank string, not an empty set.
  bool has(std::string_view key) const;
  const FieldValue* find(std::string_view key) const;

  // Typed reads. Each returns the empty answer when the field is absent or of another type.
  std::string_view text(std::string_view key) const;  // trimmed of surrounding white space
  std::optional<std::int64_t> integer(std::string_view key) const;
  std::optional<double> number(std::string_view key) const;  // integers read as numbers too
  std::optional<bool> boolean(std::string_view key) const;
  const std::vector<std::string>& set_of(std::string_view key) const;
  bool contains(std::string_view key, std::string_view option) const;

  // An enumeration field compared with one of its keys; absent equals nothing.
  bool is(std::string_view key, std::string_view option) const { return text(key) == option; }

  const std::map<std::string, FieldValue, std::less<>>& fields() const { return fields_; }

  bool operator==(const Request&) const = default;

 private:
  std::map<std::string, FieldValue, std::less<>> fields_;
};

// What a request is, by its fields (SPEC 2.2).
enum class RequestKind { new_resource, usage_registration, book_assessment };
RequestKind request_kind(const Request& request);
std::string_view kind_key(RequestKind kind);

}  // namespace anskaffa
