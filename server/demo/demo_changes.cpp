// The change feed's demo: what a term brings to the units' use of resources. Each change is made
// by the unit's principal through workflow::edit_usage, the function behind
// PUT /api/v1/catalog/{id}/units/{unit_id}, so it has its feed row and audit row. The people
// are invented, their addresses under demo.anskaffa.example.
#include <stdexcept>
#include <string>
#include <vector>

#include "server/demo/demo_parts.h"
#include "server/store/catalog.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "server/workflow/usage.h"

namespace anskaffa::demo {
namespace {

struct DemoChange {
  const char* unit;
  const char* principal;  // e-mail of the unit's principal, who makes the change
  int days_ago;
  workflow::UsageEdit edit;
};

std::vector<DemoChange> changes(std::int64_t now) {
  std::vector<DemoChange> list;
  workflow::UsageEdit admin;
  admin.system_admin_name = "Tilda Teknikdotter";
  admin.system_admin_email = "tilda.teknikdotter@demo.anskaffa.example";
  list.push_back({"Exempelskolan", "rektor.exempel@demo.anskaffa.example", 12, admin});

  workflow::UsageEdit holder;
  holder.register_holder_name = "Hugo Huvudmansson";
  holder.register_holder_email = "hugo.huvudmansson@demo.anskaffa.example";
  list.push_back({"Demoskolan", "rektor.exempel@demo.anskaffa.example", 8, holder});

  workflow::UsageEdit ended;
  ended.ended = workflow::date_text(now - 5 * day);
  list.push_back({"Fiktiva gymnasiet", "rektor.gymnasiet@demo.anskaffa.example", 5, ended});

  workflow::UsageEdit preschool;
  preschool.system_admin_name = "Pelle Påhittsson";
  preschool.system_admin_email = "pelle.pahittsson@demo.anskaffa.example";
  list.push_back({"Påhittsgårdens förskola", "forskolechef@demo.anskaffa.example", 2, preschool});
  return list;
}

}  // namespace

void seed_usage_changes(store::Connection& connection, const DemoIds& ids, std::int64_t now) {
  const auto uses = store::list_usage_rows(connection, std::nullopt);
  for (const DemoChange& change : changes(now)) {
    const std::int64_t unit_id = ids.units.at(change.unit);
    // The unit's longest-held resource, begun well before any of the changes.
    const store::UsageRow* use = nullptr;
    for (const store::UsageRow& row : uses) {
      if (row.usage.unit_id == unit_id && (use == nullptr || row.usage.since < use->usage.since)) {
        use = &row;
      }
    }
    if (use == nullptr)
      throw std::runtime_error(std::string("demo-data: no use at ") + change.unit);
    const auto user = store::find_user(connection, ids.users.at(change.principal));
    if (!user) throw std::runtime_error("demo-data: no principal " + std::string(change.principal));
    const workflow::Actor actor{*user, Lang::sv, now - change.days_ago * day,
                                workflow::MailSettings{}};
    const auto outcome =
        workflow::edit_usage(connection, actor, use->usage.catalog_id, unit_id, change.edit);
    if (!outcome.ok() || outcome.changes.empty()) {
      throw std::runtime_error(std::string("demo-data: the change at ") + change.unit +
                               " was refused: " + outcome.code);
    }
  }
}

}  // namespace anskaffa::demo
