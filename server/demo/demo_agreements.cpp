// The agreements register's history in demo-data, made through the same functions as the API:
// the ATEA framework renewed (two periods), a service agreement terminated when its resource
// was phased out, a DPA signed ahead of its start, and both framework agreements listing the
// entries they cover. With the catalogue's DPAs (some expiring within 90 days, one expired)
// the register shows every status.
#include <stdexcept>

#include "server/demo/demo_parts.h"
#include "server/store/agreement_entries.h"
#include "server/store/agreements.h"
#include "server/store/catalog.h"
#include "server/store/users.h"
#include "server/workflow/agreements.h"
#include "server/workflow/facts.h"

namespace anskaffa::demo {
namespace {

void require_ok(const workflow::AgreementOutcome& outcome, const char* what) {
  if (!outcome.ok()) {
    std::string findings;
    for (const Finding& f : outcome.findings) findings += " " + f.field + ":" + f.code;
    throw std::runtime_error(std::string("demo-data: ") + what + " refused (" + outcome.code +
                             findings + ")");
  }
}

std::string date_at(std::int64_t now, std::int64_t days) {
  return workflow::date_text(now + days * day);
}

// Lists in agreement_entries the entries whose service agreement this is.
void list_covered(store::Connection& connection, std::int64_t agreement_id, std::int64_t now) {
  std::vector<std::int64_t> ids;
  for (const store::CoveredEntry& entry : store::covered_entries(connection, agreement_id)) {
    ids.push_back(entry.id);
  }
  store::cover_entries(connection, agreement_id, "service_agreement", ids, now);
}

}  // namespace

void seed_agreement_history(store::Connection& connection, const DemoIds& ids, std::int64_t now) {
  const auto coordinator =
      store::find_user(connection, ids.users.at("infosak@demo.anskaffa.example"));
  if (!coordinator) throw std::runtime_error("demo-data: the security coordinator is missing");
  const workflow::Actor actor{*coordinator, Lang::sv, now, workflow::MailSettings{}};

  // ATEA's framework agreement, renewed for a new term half a year ago (before the demo's
  // orders through it).
  workflow::AgreementChange renewal;
  renewal.renewal = RenewalDraft{date_at(now, -214), date_at(now, -199), date_at(now, 700)};
  require_ok(workflow::change_agreement(connection, actor, ids.atea_agreement, renewal),
             "renewing the ATEA agreement");

  // Both framework agreements list the many entries they cover.
  list_covered(connection, ids.atea_agreement, now);
  list_covered(connection, ids.gr_agreement, now);

  // A directly procured service agreement, terminated when its resource was phased out.
  workflow::NewAgreement direct;
  direct.draft = AgreementDraft{"service_agreement",  "Plattform Exempel AB", "TA-2024-031",
                                "direct_procurement", date_at(now, -610),     date_at(now, -600),
                                date_at(now, 130)};
  direct.catalog_ids = {ids.catalog.at("Lärplattan")};
  const auto created = workflow::create_agreement(connection, actor, direct);
  require_ok(created, "creating the direct procurement agreement");
  workflow::AgreementChange termination;
  termination.terminated_on = date_at(now, -60);
  require_ok(workflow::change_agreement(connection, actor, created.id, termination),
             "terminating the direct procurement agreement");

  // A DPA already signed for a resource's next version, valid from next month.
  workflow::NewAgreement ahead;
  ahead.draft = AgreementDraft{"dpa",
                               "Tonart Påhitt AB",
                               "PUB-2026-301",
                               std::nullopt,
                               date_at(now, -3),
                               date_at(now, 20),
                               date_at(now, 1115)};
  require_ok(workflow::create_agreement(connection, actor, ahead), "creating the coming DPA");
}

}  // namespace anskaffa::demo
