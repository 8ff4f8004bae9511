// POST /api/v1/requests (SPEC 8): submits a draft's body with its Idempotency-Key, so that a
// retry after a lost answer returns the first answer instead of making a second request.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::web::api {

struct SubmitResult {
  int status = 0;  // 201 when created; 0 when the server could not be reached
  std::int64_t id = 0;
  std::string case_number;
  std::string message;  // the server's error message, in the language asked for
  Findings findings;    // the server's findings on 422
};

void submit_request(const nlohmann::json& body, const std::string& idempotency_key, Lang lang,
                    std::function<void(const SubmitResult&)> done);

}  // namespace anskaffa::web::api
