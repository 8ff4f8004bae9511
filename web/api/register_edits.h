// The registers' writes from the app (SPEC 5, 8): a reviewer's decision on a catalogue entry
// (PUT /api/v1/catalog/{id}), a unit's register holder, system administrator and end of use
// (PUT /api/v1/catalog/{id}/units/{unit_id}), and the agreements register's new agreement
// (POST /api/v1/agreements) and changes (PUT /api/v1/agreements/{id}: edit, renew, terminate).
// The server decides and checks again; the answer carries its refusal and findings.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::web::api {

struct WriteResult {
  int status = 0;       // 200 or 201 when done; 0 when the server could not be reached
  std::int64_t id = 0;  // a new agreement's id (201)
  std::string code;     // a refusal's code: invalid_request, not_allowed, wrong_state, ...
  std::string message;  // a refusal's message, in the language asked for
  Findings findings;    // on 422, by the body's field names
};

using WriteCallback = std::function<void(const WriteResult&)>;

// body {status, conditions?, reason?}
void put_catalog_decision(std::int64_t id, const nlohmann::json& body, Lang lang,
                          WriteCallback done);
// body {register_holder_name?, register_holder_email?, system_admin_name?,
// system_admin_email?, ended?}
void put_usage(std::int64_t id, std::int64_t unit_id, const nlohmann::json& body, Lang lang,
               WriteCallback done);
// body {kind, supplier_name, reference, route?, signed_on, valid_from, valid_until,
// catalog_ids?}
void post_agreement(const nlohmann::json& body, Lang lang, WriteCallback done);
// body {reference?, supplier_name?, route?, catalog_ids?, renewal?: {signed_on, valid_from,
// valid_until}, terminated_on?}
void put_agreement(std::int64_t id, const nlohmann::json& body, Lang lang, WriteCallback done);

}  // namespace anskaffa::web::api
