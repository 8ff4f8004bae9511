// libFuzzer target: check_org_number (SPEC 3.2) on any text. Besides not crashing, an answer
// must not depend on the separator: "NNNNNN-NNNN" and the same digits without the dash are the
// same number, and only digits and that one dash are ever accepted.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "shared/org_number.h"

using anskaffa::check_org_number;
using anskaffa::OrgNumberCheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const OrgNumberCheck check = check_org_number(text);
  if (check == OrgNumberCheck::invalid) return 0;

  if (text.size() < 10 || text.size() > 13) __builtin_trap();
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != '-') {
      __builtin_trap();
    }
  }
  if (digits.size() + 1 < text.size()) __builtin_trap();  // at most one dash
  if (check_org_number(digits) != check) __builtin_trap();
  return 0;
}
