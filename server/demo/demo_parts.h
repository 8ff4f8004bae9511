// The parts of demo-data beyond units and users, each run inside seed_demo_data's one write
// transaction: the catalogue and agreements (demo_records.cpp), requests in every state, made
// through the same workflow functions as the API (demo_requests.cpp), and the units' changes of
// register holder, system administrator and end of use (demo_changes.cpp).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "server/store/database.h"

namespace anskaffa::demo {

// The demo's timelines are Unix seconds counted back and forth from now.
inline constexpr std::int64_t day = 24 * 60 * 60;

struct DemoIds {
  std::map<std::string, std::int64_t, std::less<>> units;    // by name
  std::map<std::string, std::int64_t, std::less<>> users;    // by e-mail
  std::map<std::string, std::int64_t, std::less<>> catalog;  // by name
  std::int64_t atea_agreement = 0;  // the ATEA framework's service agreement
  std::int64_t gr_agreement = 0;    // GR Utbildning's
};

// The 40 entries of the embedded catalogue, DPAs and service agreements (some expiring within
// 90 days of now, one expired), and which units use which entries.
void seed_catalogue(store::Connection& connection, DemoIds& ids, std::int64_t now);

// The agreements register's history: a renewal, a termination, a DPA not yet valid, and the
// framework agreements' covered entries (demo_agreements.cpp).
void seed_agreement_history(store::Connection& connection, const DemoIds& ids, std::int64_t now);

// Requests in every state of SPEC 4, with their timelines and audit rows.
void seed_requests(store::Connection& connection, const DemoIds& ids, std::int64_t now);

// A handful of changes to the units' use, made as the API makes them (workflow::edit_usage):
// system administrators and a register holder replaced, one end of use. DI's feed shows them.
void seed_usage_changes(store::Connection& connection, const DemoIds& ids, std::int64_t now);

}  // namespace anskaffa::demo
