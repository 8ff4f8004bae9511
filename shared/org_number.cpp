#include "shared/org_number.h"

#include <string>

namespace anskaffa {
namespace {

// Keeps the digits of "NNNNNN-NNNN", "NNNNNNNNNN" and the same with the century-like prefix
// "16"; returns "" for any other shape.
std::string ten_digits(std::string_view text) {
  std::string digits;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '-' && i + 5 == text.size()) {
      continue;  // only as the separator before the last four digits
    } else {
      return "";
    }
  }
  if (digits.size() == 12 && digits.starts_with("16")) digits.erase(0, 2);
  const bool dash = text.find('-') != std::string_view::npos;
  const std::size_t expected_length = text.size() - (dash ? 1 : 0);
  if (digits.size() != 10 || (expected_length != 10 && expected_length != 12)) return "";
  return digits;
}

bool luhn_ok(const std::string& digits) {
  int sum = 0;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    int d = digits[i] - '0';
    // From the left over ten digits, odd positions (0, 2, ...) are doubled.
    if (i % 2 == 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 == 0;
}

}  // namespace

OrgNumberCheck check_org_number(std::string_view text) {
  const std::string digits = ten_digits(text);
  if (digits.empty() || !luhn_ok(digits)) return OrgNumberCheck::invalid;
  return digits[2] >= '2' ? OrgNumberCheck::legal_entity : OrgNumberCheck::personal_number;
}

}  // namespace anskaffa
