// The catalogue of approved learning resources (SPEC 5, 8): GET /api/v1/catalog, a search with
// filters, and GET /api/v1/catalog/{id}, one entry with its agreements and the units using it.
// The server decides who may read it and what a search matches; the app only asks and shows.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "shared/lang.h"

namespace anskaffa::web::api {

struct CatalogItem {
  std::int64_t id = 0;
  std::string name;
  std::string supplier_name;
  std::string resource_type;              // a resource_type option key
  std::vector<std::string> grade_levels;  // grade_levels option keys
  std::string status;  // approved, approved_with_conditions, phased_out, not_approved
  std::string conditions;
  std::string dpa_valid_until;  // "" when the entry has no DPA
  bool dpa_expired = false;
  std::int64_t unit_count = 0;
};

struct CatalogQuery {
  std::string text;    // "" for no search
  std::string grade;   // "" for any
  std::string type;    // "" for any
  std::string status;  // "" for any
  int page = 1;
  int per_page = 50;
};

struct CatalogListResult {
  int status = 0;  // 200; 401 when the session has ended; 0 when offline
  std::vector<CatalogItem> items;
  std::int64_t total = 0;
};

// An agreement as the entry names it; `present` is false when the entry has none.
struct AgreementRef {
  bool present = false;
  std::string reference;
  std::string valid_from, valid_until;  // YYYY-MM-DD
  bool valid = false;                   // the workflow's rule: in force today
  bool expired = false;                 // over, or terminated
};

struct CatalogUsage {
  std::int64_t unit_id = 0;
  std::string unit_name;
  std::string register_holder_name, register_holder_email;
  std::string system_admin_name, system_admin_email;
  std::string since;
  std::string ended;  // "" while in use
};

struct CatalogEntry {
  std::int64_t id = 0;
  std::string name, supplier_name, supplier_org_number, website_url, description;
  std::string resource_type;
  std::vector<std::string> grade_levels;
  std::string status, conditions, reason;
  std::string decided_on;   // YYYY-MM-DD, "" when not decided
  std::string case_number;  // the request it came from, "" when none
  AgreementRef dpa, service_agreement;
  bool dpa_expired = false;
  std::vector<CatalogUsage> units;
};

struct CatalogEntryResult {
  int status = 0;
  CatalogEntry entry;
  std::string message;  // the server's refusal, in the language asked for
};

// The query string of a catalogue search, with its values percent-encoded.
std::string catalog_list_url(const CatalogQuery& query);

// A register's CSV export (SPEC 5: "catalog" or "usage") in the language the app shows.
std::string export_url(std::string_view register_name, Lang lang);

void fetch_catalog(const CatalogQuery& query, Lang lang,
                   std::function<void(const CatalogListResult&)> done);
void fetch_catalog_entry(std::int64_t id, Lang lang,
                         std::function<void(const CatalogEntryResult&)> done);

}  // namespace anskaffa::web::api
