// The workflow fixture with what the catalogue's tests add: entries approved through the real
// workflow, and the catalogue's endpoints called as one of the fixture's people.
#pragma once

#include <cstdint>
#include <string>

#include <nlohmann/json.hpp>

#include "support/workflow_fixture.h"

namespace anskaffa::testing {

class CatalogFixture : public WorkflowFixture {
 public:
  // A request of principal_a's for unit_a with the given fields over the low-risk request
  // without personal data, approved by the reviewer; returns the catalogue entry's id.
  std::int64_t approved(const nlohmann::json& fields = nlohmann::json::object(),
                        std::int64_t unit_id = 0);
  // The same with personal data, through require_dpa and record_dpa (a DPA valid until
  // 2028-05-19).
  std::int64_t approved_with_dpa(const nlohmann::json& fields = nlohmann::json::object());

  Response get_as(const Person& who, const std::string& path);
  Response put_as(const Person& who, const std::string& path, const nlohmann::json& body);
  // GET as the reviewer; REQUIREs the 200.
  nlohmann::json read(const std::string& path);

  static std::string entry_path(std::int64_t id, const std::string& rest = "");
  static std::string usage_path(std::int64_t id, std::int64_t unit_id);
};

std::string error_code_of(const Response& response);

}  // namespace anskaffa::testing
