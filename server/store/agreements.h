// The agreements register (SPEC 5): DPAs (always signed by the education board) and service
// agreements. What record_dpa and mark_ordered need now; the agreements API comes later.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::store {

// Who signs every DPA: never a school (SPEC 1, seed).
inline constexpr const char* dpa_signatory = "utbildningsnämnden";

struct AgreementRecord {
  std::int64_t id = 0;
  std::string kind;  // "dpa" or "service_agreement"
  std::string supplier_name;
  std::string reference;
  std::string route;  // service agreements: atea, gr_utbildning, direct_procurement
  std::string signed_by;
  std::string signed_on;  // YYYY-MM-DD
  std::string valid_from;
  std::string valid_until;
  std::optional<std::int64_t> attachment_id;
  bool terminated = false;
  std::optional<std::int64_t> request_id;
  std::optional<std::int64_t> created_by;
  std::int64_t created_at = 0;
};

std::int64_t insert_agreement(Connection& connection, const AgreementRecord& agreement);
std::optional<AgreementRecord> find_agreement(Connection& connection, std::int64_t id);
std::vector<AgreementRecord> list_agreements(Connection& connection);  // by valid_until

// Whether the agreement exists, is of this kind, is not terminated and covers today.
bool agreement_valid_on(Connection& connection, std::optional<std::int64_t> id,
                        const std::string& kind, const std::string& today);

}  // namespace anskaffa::store
