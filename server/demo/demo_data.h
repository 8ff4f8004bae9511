// Demo data for trying Anskaffa out: clearly fictional school units and people, one or more of
// every role, each with a password printed for the demo. Never for a real installation.
//
// Seeded so far: units and users. The catalogue, agreements and requests in every state
// (SPEC 8's demo-data) join seed_demo_data as later issues bring those tables.
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

// Seeds an empty database and returns the sign-ins. Returns nothing, changing nothing, when
// the database already has units or users, so running it twice is harmless.
std::vector<SignIn> seed_demo_data(store::Database& database);

}  // namespace anskaffa::demo
