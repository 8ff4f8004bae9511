// Swedish organisation numbers (SPEC 3.2).
#pragma once

#include <string_view>

namespace anskaffa {

enum class OrgNumberCheck {
  legal_entity,     // valid; third digit 2 or more
  personal_number,  // valid, but a sole trader's personal identity number: itself personal data
  invalid,
};

OrgNumberCheck check_org_number(std::string_view text);

}  // namespace anskaffa
