#include "support/notification_walk.h"

#include <catch2/catch.hpp>

#include "server/store/agreements.h"
#include "server/workflow/reminders.h"

namespace anskaffa::testing {
namespace {

using nlohmann::json;

std::int64_t add_service_agreement(WorkflowFixture& f) {
  store::AgreementRecord agreement;
  agreement.kind = "service_agreement";
  agreement.supplier_name = "Demokod Sverige AB";
  agreement.reference = "ATEA-2026-11";
  agreement.route = "atea";
  agreement.signed_on = "2026-01-01";
  agreement.valid_from = "2026-01-01";
  agreement.valid_until = "2027-12-31";
  agreement.created_at = fixture_now;
  auto connection = f.server.database().connect();
  return connection->write_transaction(
      [&] { return store::insert_agreement(*connection, agreement); });
}

}  // namespace

Walk::Walk(WorkflowFixture& fixture) : f(fixture) {
  holder.email = holder_email;
  holder.id = f.server.add_user(holder_email, "rätt häst batteri", {"requester"}, {},
                                "Rut Registerhållare");
}

void Walk::run(const std::function<void(const Step&)>& check, bool mail) {
  const auto step = [&](const std::string& kind, std::int64_t id, const Person* actor,
                        std::set<const Person*> told, std::set<std::string> extra_addresses = {}) {
    Step s{kind, id, actor ? actor->id : 0, {}, std::move(extra_addresses)};
    for (const Person* p : told) {
      s.accounts.insert(p->id);
      s.addresses.insert(p->email);
    }
    INFO(kind);
    check(s);
  };
  const auto acted = [&](const Person& who, std::int64_t id, const std::string& action,
                         json extra = json::object()) {
    const Response response = f.act_now(who, id, action, std::move(extra));
    INFO(action << ": " << response.body);
    REQUIRE(response.status == 200);
  };
  const std::set<const Person*> reviewers = {&f.reviewer, &f.reviewer2, &f.dual};

  // The main request, from submission to order, with every review step on the way.
  json request = f.valid_request(f.unit_a);
  request["register_holder_email"] = "Registerhallare@Skola.example";
  const std::int64_t id = f.submitted(f.owner, request);
  step("submit", id, &f.owner, {&f.principal_a});
  acted(f.principal_a, id, "principal_approve");
  step("principal_approve", id, &f.principal_a, {&f.owner, &f.reviewer, &f.reviewer2, &f.dual});
  acted(f.reviewer, id, "assign", {{"assignee", f.reviewer2.id}});
  step("assign", id, &f.reviewer, {&f.reviewer2});
  acted(f.reviewer2, id, "require_dpa");
  step("require_dpa", id, &f.reviewer2, {&f.owner, &f.infosec});
  acted(f.infosec, id, "record_dpa",
        {{"reference", "PUB-2026-017"},
         {"signed_on", "2026-05-20"},
         {"valid_from", "2026-05-20"},
         {"valid_until", "2028-05-19"}});
  step("record_dpa", id, &f.infosec, {&f.reviewer2});
  acted(f.reviewer2, id, "request_completion", {{"comment", "Ange fler årskurser."}});
  step("request_completion", id, &f.reviewer2, {&f.owner});
  acted(f.owner, id, "resubmit");
  step("resubmit", id, &f.owner, {&f.reviewer2});
  acted(f.owner, id, "comment", {{"comment", "Vi vill börja i augusti."}});
  step("comment", id, &f.owner, {&f.reviewer2});
  acted(f.reviewer2, id, "approve");
  step("approve", id, &f.reviewer2, {&f.owner, &f.principal_a, &holder});
  acted(f.reviewer2, id, "mark_ordered", {{"service_agreement_id", add_service_agreement(f)}});
  step("mark_ordered", id, &f.reviewer2, {&f.owner, &holder});

  // A principal declines; a principal's own request is rejected (its owner and principal are
  // one person, told once); a book may be bought directly; a request is withdrawn.
  const std::int64_t declined = f.submitted(f.owner, f.valid_request(f.unit_a));
  step("submit", declined, &f.owner, {&f.principal_a});
  acted(f.principal_a, declined, "principal_decline", {{"comment", "Vi har redan ett verktyg."}});
  step("principal_decline", declined, &f.principal_a, {&f.owner});

  const std::int64_t rejected = f.submitted(f.principal_a, f.valid_request(f.unit_a));
  step("submit", rejected, &f.principal_a, reviewers);
  acted(f.reviewer, rejected, "reject", {{"comment", "Data lämnar EU."}});
  step("reject", rejected, &f.reviewer, {&f.principal_a});

  json book = f.request_without_personal_data(f.unit_b);
  book["resource_type"] = "book_with_digital_part";
  const std::int64_t bought = f.submitted(f.owner, book);
  step("submit", bought, &f.owner, {&f.principal_b});
  acted(f.principal_b, bought, "principal_approve");
  step("principal_approve", bought, &f.principal_b, {&f.owner, &f.reviewer, &f.reviewer2, &f.dual});
  acted(f.reviewer, bought, "allow_direct_purchase");
  step("allow_direct_purchase", bought, &f.reviewer, {&f.owner, &f.principal_b});

  const std::int64_t withdrawn = f.submitted(f.owner, f.valid_request(f.unit_a));
  step("submit", withdrawn, &f.owner, {&f.principal_a});
  acted(f.owner, withdrawn, "withdraw");
  step("withdraw", withdrawn, &f.owner, {&f.principal_a});

  // A request left waiting for its principal for over 5 working days.
  const std::int64_t waiting = f.submitted(f.owner, f.valid_request(f.unit_b));
  step("submit", waiting, &f.owner, {&f.principal_b});
  *f.now += 8 * one_day;
  workflow::MailSettings settings;
  settings.enabled = mail;
  const auto notices = workflow::send_due_reminders(f.server.database(), *f.now, settings);
  REQUIRE(notices.size() == 1);
  step("remind", waiting, nullptr, {&f.principal_b});
}

}  // namespace anskaffa::testing
