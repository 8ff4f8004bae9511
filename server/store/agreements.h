// The agreements register (SPEC 5): DPAs (always signed by the education board) and service
// agreements, each with every period it has had (a renewal adds one; the agreements row holds
// the current one) and a termination. The resources each covers are in agreement_entries.h,
// its signed PDFs in agreement_documents.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/store/database.h"
#include "shared/agreements.h"

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
  std::string signed_on;  // YYYY-MM-DD, of the current period
  std::string valid_from;
  std::string valid_until;
  std::optional<std::int64_t> attachment_id;  // the request's PDF it was created with
  // A termination once recorded: terminated is 1 and terminated_on the day from which the
  // agreement is no longer valid. A row with terminated = 1 and no date (none is written so
  // any more) counts as terminated from its start.
  bool terminated = false;
  std::optional<std::string> terminated_on;
  std::optional<std::int64_t> request_id;
  std::optional<std::int64_t> created_by;
  std::int64_t created_at = 0;
  std::int64_t updated_at = 0;
};

struct AgreementPeriodRecord {
  std::string signed_on;
  std::string valid_from;
  std::string valid_until;
  std::optional<std::int64_t> recorded_by;
  std::int64_t recorded_at = 0;
};

// Inserts the agreement with its first period; an attachment_id's PDF is copied into the
// agreement's documents, so that the agreement owns its signed PDF.
std::int64_t insert_agreement(Connection& connection, const AgreementRecord& agreement);
std::optional<AgreementRecord> find_agreement(Connection& connection, std::int64_t id);
std::vector<AgreementRecord> list_agreements(Connection& connection);  // by valid_until

// The register's text search: kind and words are optional; text matches supplier or reference
// as a substring (LIKE, ASCII case folded), never as a pattern. By id.
struct AgreementFilter {
  std::optional<std::string> kind;
  std::optional<std::string> text;
};
std::vector<AgreementRecord> find_agreements(Connection& connection, const AgreementFilter& filter);

// Writes supplier_name, reference, route, the current period, the termination and updated_at.
void update_agreement(Connection& connection, const AgreementRecord& agreement);

// A new current period: appended to the periods and written to the agreement row.
void renew_agreement(Connection& connection, std::int64_t id, const AgreementPeriodRecord& period);
std::vector<AgreementPeriodRecord> list_periods(Connection& connection, std::int64_t id);

// The row's current period and termination as the core's AgreementPeriod, so that whether it is
// valid on a day is decided by the core alone (valid_on, agreement_status). An unreadable date
// reads as 1970-01-01, and an unreadable termination as one from valid_from: a damaged row never
// makes an agreement valid.
AgreementPeriod period_of(const AgreementRecord& agreement);

// Whether the agreement exists, is of this kind and the core's valid_on holds for today: a
// termination takes effect on its date, so one recorded ahead of time leaves it valid until then.
bool agreement_valid_on(Connection& connection, std::optional<std::int64_t> id,
                        const std::string& kind, const std::string& today);

}  // namespace anskaffa::store
