// validate(request, context): every rule of SPEC 2 and 3 in one pass, giving findings. Pure:
// the caller brings the reference date, the units and what it knows of the catalogue.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "shared/date.h"
#include "shared/finding.h"
#include "shared/lang.h"
#include "shared/request.h"

namespace anskaffa {

struct UnitRef {
  std::int64_t id = 0;
  std::string name;
  std::string school_form;
};

struct CatalogRef {
  std::int64_t id = 0;
  std::string name;
};

struct ValidationContext {
  // Today for a new request; the date of first submission for one being completed (SPEC 3.1).
  Date reference_date;
  std::vector<UnitRef> units;
  std::vector<CatalogRef> catalog;  // may be empty when not known (e.g. offline, first start)
  Lang lang = Lang::sv;
};

Findings validate(const Request& request, const ValidationContext& context);

// The form's test of an e-mail field (one @, a dotted domain, no spaces or separators, at most
// RFC 5321's 254 characters), for the other places people give an address: the catalogue's
// register holders and system administrators.
bool is_email(std::string_view text);

}  // namespace anskaffa
