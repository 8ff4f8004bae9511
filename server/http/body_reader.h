// Reads a JSON object body strictly, member by member: a missing required member, a member of
// the wrong type and any member never read become findings (required, wrong_type,
// unknown_field), never guesses. Each finding's label is the member's own name.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::http {

class BodyReader {
 public:
  // prefix names a nested object's members in findings ("renewal." gives "renewal.valid_from").
  BodyReader(const nlohmann::json& body, Lang lang, std::string prefix = {});

  // Present and not null.
  bool has(const std::string& key) const;
  std::optional<std::int64_t> integer(const std::string& key, bool required);
  std::string text(const std::string& key, bool required = false);
  // An array of integers; nullopt when absent, null or not one.
  std::optional<std::vector<std::int64_t>> integers(const std::string& key);
  // A nested object; absent or null is a finding only when required.
  const nlohmann::json* object(const std::string& key, bool required = true);

  void add(const std::string& key, std::string_view code);
  // Adds unknown_field for every member not read, and returns every finding so far.
  Findings finish();

 private:
  void seen(const std::string& key) { seen_.push_back(key); }

  const nlohmann::json& body_;
  Lang lang_;
  std::string prefix_;
  std::vector<std::string> seen_;
  Findings findings_;
};

}  // namespace anskaffa::http
