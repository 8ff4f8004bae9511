// Demo data for trying Anskaffa out: clearly fictional school units and people, one or more of
// every role, each with a password printed for the demo. Never for a real installation.
//
// Seeded: units, users, the 40 catalogue entries of assets/demo/catalog.json (embedded in the
// binary) with their DPAs, service agreements and units, requests in every state of SPEC 4 and
// a few changes of the units' register holders and system administrators (DI's change feed),
// made through the workflow functions the API uses. All in one transaction.
#pragma once

#include <string>
#include <vector>

#include "server/store/database.h"

namespace anskaffa::demo {

struct SignIn {
  std::string email;
  std::string password;
  std::vector<std::string> roles;
};

// What demo-data seeds: everything, or only the units and their people, for following a
// request from the first click on an otherwise empty database.
enum class DemoScope { everything, people_only };

// Seeds an empty database and returns the sign-ins. Returns nothing, changing nothing, when
// the database already has units or users, so running it twice is harmless.
std::vector<SignIn> seed_demo_data(store::Database& database,
                                   DemoScope scope = DemoScope::everything);

}  // namespace anskaffa::demo
