#include "server/demo/demo_data.h"

#include <array>
#include <map>
#include <string_view>

#include "server/auth/password.h"
#include "server/auth/sessions.h"
#include "server/demo/demo_parts.h"
#include "server/store/units.h"
#include "server/store/users.h"

namespace anskaffa::demo {
namespace {

struct DemoUnit {
  std::string_view name;
  std::string_view school_form;
};

// Invented names: "Exempel", "Demo", "Påhitt", "Övning", "Låtsas", "Test", "Prov" all say so.
constexpr std::array<DemoUnit, 9> units = {{
    {"Exempelskolan", "grundskola"},
    {"Demoskolan", "grundskola"},
    {"Låtsasbyns skola", "grundskola"},
    {"Fiktiva gymnasiet", "gymnasieskola"},
    {"Testvikens gymnasium", "gymnasieskola"},
    {"Påhittsgårdens förskola", "förskola"},
    {"Övningsängens förskola", "förskola"},
    {"Provbergets anpassade grundskola", "anpassad grundskola"},
    {"Exempelstadens vuxenutbildning", "vuxenutbildning"},
}};

struct DemoUser {
  std::string_view email;
  std::string_view name;
  std::string_view password;
  std::vector<std::string> roles;
  std::vector<std::string_view> units;  // by name
};

std::vector<DemoUser> users() {
  return {
      {"admin@demo.anskaffa.example", "Ada Administratör", "demo-admin-1", {"admin"}, {}},
      {"granskare@demo.anskaffa.example", "Greta Granskare", "demo-granskare-1", {"reviewer"}, {}},
      {"granskare2@demo.anskaffa.example",
       "Gustav Digitalsson",
       "demo-granskare-2",
       {"reviewer"},
       {}},
      {"infosak@demo.anskaffa.example", "Ingrid Säkerhetsson", "demo-infosak-1", {"infosec"}, {}},
      {"rektor.exempel@demo.anskaffa.example",
       "Rut Rektorsson",
       "demo-rektor-1",
       {"principal"},
       {"Exempelskolan", "Demoskolan"}},
      {"rektor.gymnasiet@demo.anskaffa.example",
       "Rolf Påhittsson",
       "demo-rektor-2",
       {"principal"},
       {"Fiktiva gymnasiet", "Testvikens gymnasium"}},
      {"forskolechef@demo.anskaffa.example",
       "Fia Förskolechef",
       "demo-forskola-1",
       {"principal"},
       {"Påhittsgårdens förskola", "Övningsängens förskola"}},
      {"larare@demo.anskaffa.example", "Lena Lärarsson", "demo-larare-1", {"requester"}, {}},
      {"larare2@demo.anskaffa.example", "Lars Testlärare", "demo-larare-2", {"requester"}, {}},
      {"inkopare@demo.anskaffa.example", "Ingo Inköpare", "demo-inkopare-1", {"requester"}, {}},
      // Both a requester and a reviewer: shows that nobody handles their own request.
      {"dubbelroll@demo.anskaffa.example",
       "Dana Dubbelroll",
       "demo-dubbel-1",
       {"requester", "reviewer"},
       {}},
      {"rektor.lekskola@demo.anskaffa.example",
       "Runa Låtsasdotter",
       "demo-rektor-3",
       {"principal", "requester"},
       {"Låtsasbyns skola", "Provbergets anpassade grundskola", "Exempelstadens vuxenutbildning"}},
  };
}

}  // namespace

std::vector<SignIn> seed_demo_data(store::Database& database, DemoScope scope) {
  {
    auto connection = database.connect();
    if (store::count_units(*connection) > 0 || store::count_users(*connection) > 0) return {};
  }
  const std::vector<DemoUser> people = users();
  // Hashing is slow (Argon2id): done before the transaction so the write lock is held briefly.
  std::vector<std::string> hashes;
  for (const DemoUser& person : people) hashes.push_back(auth::hash_password(person.password));

  const std::int64_t now = auth::system_now();
  auto connection = database.connect();
  return connection->write_transaction([&] {
    std::vector<SignIn> sign_ins;
    // Checked again under the write lock: another process may have seeded meanwhile.
    if (store::count_units(*connection) > 0 || store::count_users(*connection) > 0) {
      return sign_ins;
    }
    DemoIds ids;
    std::map<std::string_view, std::int64_t> unit_ids;
    for (const DemoUnit& unit : units) {
      unit_ids[unit.name] = store::insert_unit(*connection, unit.name, unit.school_form, now);
      ids.units.emplace(std::string(unit.name), unit_ids[unit.name]);
    }
    for (std::size_t i = 0; i < people.size(); ++i) {
      const DemoUser& person = people[i];
      store::NewUser user{
          std::string(person.email), std::string(person.name), hashes[i], person.roles, {}};
      for (std::string_view unit : person.units) user.units.push_back(unit_ids.at(unit));
      ids.users.emplace(user.email, store::insert_user(*connection, user, now));
      sign_ins.push_back(SignIn{user.email, std::string(person.password), person.roles});
    }
    if (scope == DemoScope::people_only) return sign_ins;
    seed_catalogue(*connection, ids, now);
    seed_agreement_history(*connection, ids, now);
    seed_requests(*connection, ids, now);
    seed_usage_changes(*connection, ids, now);
    return sign_ins;
  });
}

}  // namespace anskaffa::demo
