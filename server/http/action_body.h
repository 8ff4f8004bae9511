// The bodies of PUT /api/v1/requests/{id} ({version, request}) and of an action ({action,
// version, comment?, ...}), read strictly: a missing or mistyped member and any member not
// listed become findings (required, wrong_type, unknown_field, out_of_range), never guesses.
#pragma once

#include <cstdint>

#include <nlohmann/json.hpp>

#include "shared/finding.h"
#include "shared/lang.h"
#include "shared/permissions.h"

namespace anskaffa::http {

struct ActionBody {
  ActionInput input;
  Findings findings;  // errors; input is meaningful only when empty
};
ActionBody read_action_body(const nlohmann::json& body, Lang lang);

struct EditBody {
  std::int64_t version = 0;
  nlohmann::json request;
  Findings findings;
};
EditBody read_edit_body(const nlohmann::json& body, Lang lang);

}  // namespace anskaffa::http
