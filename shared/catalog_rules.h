// What the catalogue's own edits must satisfy (SPEC 5), beside the request workflow: the
// statuses an entry can have and what each asks for (conditions, a reason), and the persons a
// unit names for a resource, checked as the request form checks the same fields.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa {

enum class CatalogStatus { approved, approved_with_conditions, phased_out, not_approved };

std::span<const CatalogStatus> catalog_statuses();
std::string_view catalog_status_key(CatalogStatus status);
std::optional<CatalogStatus> parse_catalog_status(std::string_view key);
// An entry in use: approved, with or without conditions. A request may name it and register
// the unit's use of it, and the catalogue lists it as approved.
bool is_approved(std::string_view status_key);

// A reviewer's setting of an entry's status: approved_with_conditions needs conditions and
// not_approved a reason (finding "required" on "conditions" or "reason"). Text is trimmed first.
Findings check_catalog_status(CatalogStatus status, std::string_view conditions,
                              std::string_view reason, Lang lang);

// The person fields of a unit's use (register_holder_name, register_holder_email,
// system_admin_name, system_admin_email) by the request form's own definition of that field:
// a name within its length, an e-mail the form would accept. Empty is "required": a person is
// replaced, never removed. nullopt when the value is fine or the key is not such a field.
std::optional<Finding> check_usage_person(std::string_view field, std::string_view value,
                                          Lang lang);

// A unit's end of use: nullopt (undone) is fine; else a real date (invalid_date) not before the
// use began (out_of_range). Field "ended".
std::optional<Finding> check_usage_end(std::string_view since,
                                       const std::optional<std::string>& ended, Lang lang);

}  // namespace anskaffa
