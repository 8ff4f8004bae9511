// The registers DI reads in the app (SPEC 5, 8): GET /api/v1/agreements (one agreement with
// its periods and documents), GET /api/v1/changes and GET /api/v1/stats. Read leniently: a
// missing or mistyped field reads as empty, never as a throw.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "shared/lang.h"

namespace anskaffa::web::api {

struct AgreementPeriodView {
  std::string signed_on;
  std::string valid_from;
  std::string valid_until;
  std::string recorded_by;  // a name; empty when unknown
};

struct AgreementDocumentView {
  std::int64_t id = 0;
  std::string name;
  std::int64_t size = 0;
};

struct Agreement {
  std::int64_t id = 0;
  std::string kind;  // dpa, service_agreement
  std::string supplier_name;
  std::string reference;
  std::string route;
  std::string signed_by;
  std::string signed_on;
  std::string valid_from;
  std::string valid_until;
  std::string terminated_on;
  std::string status;  // valid, expiring, expired, terminated, not_yet_valid
  std::int64_t days_left = 0;
  std::vector<std::string> entries;  // the covered resources' names
  std::string case_number;           // the request it came with; may be empty
  // Only in GET /api/v1/agreements/{id}.
  std::vector<AgreementPeriodView> periods;
  std::vector<AgreementDocumentView> documents;
};

struct AgreementQuery {
  int expiring_within_days = 0;  // 0: any
  std::string kind;              // "" for any
  int per_page = 50;
};

struct AgreementListResult {
  int status = 0;  // 200; 403 for those who may not read the register; 0 offline
  std::vector<Agreement> items;
  std::int64_t total = 0;
};

struct AgreementResult {
  int status = 0;
  Agreement agreement;
};

struct UsageChangeItem {
  std::int64_t id = 0;
  std::string at;  // ISO 8601
  std::string by;  // who made the change; may be empty
  std::string resource_name;
  std::string unit_name;
  std::string kind;  // started, register_holder, system_admin, ended
  std::string before_name;
  std::string after_name;
  std::string end_date;  // kind "ended": the day the use ended
  std::string case_number;
};

struct ChangeListResult {
  int status = 0;
  std::vector<UsageChangeItem> items;
  std::int64_t total = 0;
};

struct LeadTime {
  std::string month;  // YYYY-MM
  std::string stage;  // a state key, or "decision": submission to decision
  std::optional<double> median_days;
  std::int64_t count = 0;
};

struct Stats {
  std::optional<double> typical_wait_days;
  std::map<std::string, std::int64_t> by_state;
  // Open state -> band ("0-5", ...) -> count; empty for those who see only the summary.
  std::map<std::string, std::map<std::string, std::int64_t>> open_by_age;
  std::vector<LeadTime> lead_times;
};

struct StatsResult {
  int status = 0;
  Stats stats;
};

std::string agreement_list_url(const AgreementQuery& query);

void fetch_agreements(const AgreementQuery& query, Lang lang,
                      std::function<void(const AgreementListResult&)> done);
void fetch_agreement(std::int64_t id, Lang lang, std::function<void(const AgreementResult&)> done);
void fetch_changes(int per_page, Lang lang, std::function<void(const ChangeListResult&)> done);
void fetch_stats(Lang lang, std::function<void(const StatsResult&)> done);

}  // namespace anskaffa::web::api
