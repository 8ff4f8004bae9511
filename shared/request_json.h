// The JSON mapping of a request. Decoding is strict and total: it never throws and never
// crashes, whatever the input; what it cannot accept becomes findings (wrong_type,
// unknown_field) and the field is left out of the request.
#pragma once

#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "shared/finding.h"
#include "shared/lang.h"
#include "shared/request.h"
#include "shared/risk.h"

namespace anskaffa {

// Deepest nesting accepted in any JSON body (SPEC 8): deeper bodies are refused while parsing,
// before anything else touches them.
inline constexpr int max_json_depth = 32;

// Parses text that must be one JSON object of valid UTF-8 nested at most max_json_depth deep.
std::optional<nlohmann::json> parse_json_object(std::string_view text);

struct DecodedRequest {
  Request request;
  Findings findings;  // errors only
};

DecodedRequest decode_request(const nlohmann::json& object, Lang lang);
nlohmann::json encode_request(const Request& request);

nlohmann::json findings_json(const Findings& findings);
nlohmann::json risk_json(const Risk& risk);

}  // namespace anskaffa
