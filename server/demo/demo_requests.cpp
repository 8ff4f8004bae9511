// Requests in every state, each taken there step by step through workflow::submit and
// workflow::act, the same functions the API calls, so each has its timeline and audit rows.
#include <algorithm>
#include <functional>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <utility>
#include <vector>

#include "server/demo/demo_parts.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "server/workflow/requests.h"

namespace anskaffa::demo {
namespace {

using nlohmann::json;

constexpr std::int64_t hour = 60 * 60;

struct Teller {
  store::Connection& connection;
  const DemoIds& ids;

  workflow::Actor actor(const std::string& email, std::int64_t at) const {
    auto user = store::find_user(connection, ids.users.at(email));
    if (!user) throw std::runtime_error("demo-data: no user " + email);
    // Demo data is told in the app only: nobody has a relay while loading it.
    return workflow::Actor{*user, Lang::sv, at, workflow::MailSettings{}};
  }

  std::int64_t submit(const std::string& email, std::int64_t at, const json& request) const {
    const workflow::Outcome outcome = workflow::submit(connection, actor(email, at), request);
    if (!outcome.ok()) {
      throw std::runtime_error("demo-data: submitting " + request.value("resource_name", "") +
                               " was refused: " + outcome.code);
    }
    return outcome.request->id;
  }

  void act(const std::string& email, std::int64_t at, std::int64_t id, Action action,
           json fields = json::object()) const {
    const auto record = store::find_request(connection, id);
    ActionInput input;
    input.action = action;
    input.version = record->version;
    input.comment = fields.value("comment", "");
    input.reference = fields.value("reference", "");
    input.signed_on = fields.value("signed_on", "");
    input.valid_from = fields.value("valid_from", "");
    input.valid_until = fields.value("valid_until", "");
    input.order_reference = fields.value("order_reference", "");
    input.conditions = fields.value("conditions", "");
    if (fields.contains("assignee")) input.assignee = fields.at("assignee").get<std::int64_t>();
    if (fields.contains("service_agreement_id")) {
      input.service_agreement_id = fields.at("service_agreement_id").get<std::int64_t>();
    }
    const workflow::Outcome outcome = workflow::act(connection, actor(email, at), id, input);
    if (!outcome.ok()) {
      throw std::runtime_error("demo-data: " + std::string(action_key(action)) + " on " +
                               record->case_number + " was refused: " + outcome.code);
    }
  }
};

const std::string lena = "larare@demo.anskaffa.example";
const std::string lars = "larare2@demo.anskaffa.example";
const std::string ingo = "inkopare@demo.anskaffa.example";
const std::string runa = "rektor.lekskola@demo.anskaffa.example";
const std::string rut = "rektor.exempel@demo.anskaffa.example";
const std::string rolf = "rektor.gymnasiet@demo.anskaffa.example";
const std::string greta = "granskare@demo.anskaffa.example";
const std::string gustav = "granskare2@demo.anskaffa.example";
const std::string ingrid = "infosak@demo.anskaffa.example";

// An invented host name for a resource: its ASCII letters and digits, lower case.
std::string host_name(const std::string& name) {
  std::string host;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') host += static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) host += c;
  }
  return host.empty() ? "resurs" : host;
}

// A complete request in the words a teacher would use; the caller changes what differs.
json request(std::int64_t unit, const std::string& name, const std::string& description,
             std::int64_t submitted_at) {
  return {{"requester_name", "Lena Lärarsson"},
          {"requester_email", "larare@demo.anskaffa.example"},
          {"requester_role", "teacher"},
          {"unit_id", unit},
          {"resource_name", name},
          {"resource_type", "web_service"},
          {"supplier_name", "Påhittade Läromedel AB"},
          {"website_url", "https://" + host_name(name) + ".example"},
          {"description", description},
          {"grade_levels", {"y4_6"}},
          {"users", "students"},
          {"user_count", 85},
          {"start_date", workflow::date_text(submitted_at + 60 * day)},
          {"cost_model", "free"},
          {"processes_personal_data", "yes"},
          {"data_categories", {"name", "student_work"}},
          {"protected_identity_students", "no"},
          {"login_method", "google_school"},
          {"data_location", "eu_eea"},
          {"supplier_dpa_available", "yes"},
          {"privacy_policy_url", "https://demo.example/integritet"},
          {"principal_name", "Rut Rektorsson"},
          {"principal_email", "rektor.exempel@demo.anskaffa.example"},
          {"register_holder_name", "Rut Rektorsson"},
          {"register_holder_email", "rektor.exempel@demo.anskaffa.example"},
          {"system_admin_name", "Sam Systemsson"},
          {"system_admin_email", "sam.systemsson@demo.anskaffa.example"},
          {"training_confirmed", true}};
}

json dpa_fields(std::int64_t at, const std::string& reference) {
  return {{"reference", reference},
          {"signed_on", workflow::date_text(at)},
          {"valid_from", workflow::date_text(at)},
          {"valid_until", workflow::date_text(at + 3 * 365 * day)}};
}

}  // namespace

void seed_requests(store::Connection& connection, const DemoIds& ids, std::int64_t now) {
  const Teller t{connection, ids};
  const auto unit = [&](const char* name) { return ids.units.at(name); };
  const std::int64_t greta_id = ids.users.at(greta);
  // Each story starts at its submission; they run oldest first, so that the case numbers run in
  // the order the requests came in.
  std::vector<std::pair<std::int64_t, std::function<void(std::int64_t)>>> steps;
  const auto add = [&](std::int64_t at, std::function<void(std::int64_t)> step) {
    steps.emplace_back(at, std::move(step));
  };

  // awaiting_principal, waiting long enough to remind the principal.
  add(now - 12 * day, [&](std::int64_t at) {
    t.submit(
        lena, at,
        request(unit("Exempelskolan"), "Bråktavlan",
                "Interaktiva övningar i bråk och decimaltal för årskurs 5, med nivåanpassning.",
                at));
  });
  // awaiting_principal, just sent.
  add(now - 3 * hour, [&](std::int64_t at) {
    json r = request(unit("Demoskolan"), "Ordflödet",
                     "Ordförrådsträning i svenska med uppläsning, för elever i årskurs 3–6.", at);
    r["requester_name"] = "Lars Testlärare";
    r["requester_email"] = "larare2@demo.anskaffa.example";
    r["grade_levels"] = {"f3", "y4_6"};
    t.submit(lars, at, r);
  });
  // in_review, assigned.
  add(now - 6 * day, [&](std::int64_t at) {
    json r =
        request(unit("Fiktiva gymnasiet"), "Kartkollen",
                "Digitala kartor och GIS-övningar i geografi för gymnasiets kurs Geografi 1.", at);
    r["requester_role"] = "purchaser";
    r["grade_levels"] = {"upper_secondary"};
    r["principal_name"] = "Rolf Påhittsson";
    r["principal_email"] = "rektor.gymnasiet@demo.anskaffa.example";
    const std::int64_t id = t.submit(ingo, at, r);
    t.act(rolf, at + 5 * hour, id, Action::principal_approve);
    t.act(greta, at + day, id, Action::assign);
  });
  // needs_completion.
  add(now - 15 * day, [&](std::int64_t at) {
    json r = request(
        unit("Exempelskolan"), "Bildlabbet",
        "Bildredigering och animation i bildämnet, eleverna sparar sina arbeten i tjänsten.", at);
    r["data_categories"] = {"name", "student_work", "images_audio_video"};
    const std::int64_t id = t.submit(lena, at, r);
    t.act(rut, at + day, id, Action::principal_approve);
    t.act(gustav, at + 2 * day, id, Action::request_completion,
          {{"comment",
            "Var lagras elevernas bilder? Ange leverantörens lagringsplats och "
            "länk till integritetspolicyn."}});
  });
  // dpa_pending.
  add(now - 9 * day, [&](std::int64_t at) {
    json r = request(
        unit("Demoskolan"), "Kemiexperimentet",
        "Virtuella laborationer i kemi för högstadiet, med loggning av elevernas resultat.", at);
    r["grade_levels"] = {"y7_9"};
    r["data_categories"] = {"name", "email", "grades_assessments"};
    const std::int64_t id = t.submit(lars, at, r);
    t.act(rut, at + 3 * hour, id, Action::principal_approve);
    t.act(greta, at + 2 * day, id, Action::require_dpa,
          {{"comment", "Leverantören har skickat sitt PUB-avtal för granskning."}});
  });
  // approved, with a new DPA: a principal's request for their own unit skips the first step.
  add(now - 40 * day, [&](std::int64_t at) {
    json r =
        request(unit("Låtsasbyns skola"), "Ljudboksklubben",
                "Ljudböcker och läsloggar som stöd för elever med läs- och skrivsvårigheter.", at);
    r["requester_name"] = "Runa Låtsasdotter";
    r["requester_role"] = "principal";
    const std::int64_t id = t.submit(runa, at, r);
    t.act(greta, at + day, id, Action::require_dpa);
    t.act(ingrid, at + 12 * day, id, Action::record_dpa, dpa_fields(at + 12 * day, "PUB-2026-031"));
    t.act(gustav, at + 14 * day, id, Action::approve,
          {{"conditions", "Endast inloggning via skolans Google-konto."}});
  });
  // ordered: paid, through the ATEA framework agreement.
  add(now - 70 * day, [&](std::int64_t at) {
    json r =
        request(unit("Fiktiva gymnasiet"), "Programmeringsparken",
                "Programmeringskurser i Python och webbutveckling för Programmering 1 och 2.", at);
    r["grade_levels"] = {"upper_secondary"};
    r["cost_model"] = "paid";
    r["annual_cost_sek"] = 24000;
    r["purchase_route"] = "atea";
    r["login_method"] = "microsoft365";
    const std::int64_t id = t.submit(ingo, at, r);
    t.act(rolf, at + day, id, Action::principal_approve);
    t.act(greta, at + 2 * day, id, Action::assign, {{"assignee", greta_id}});
    t.act(greta, at + 3 * day, id, Action::require_dpa);
    t.act(ingrid, at + 20 * day, id, Action::record_dpa, dpa_fields(at + 20 * day, "PUB-2026-024"));
    t.act(greta, at + 22 * day, id, Action::approve);
    t.act(greta, at + 25 * day, id, Action::mark_ordered,
          {{"order_reference", "ATEA-ORDER-2026-0413"},
           {"service_agreement_id", ids.atea_agreement}});
  });
  // rejected: listed as not approved, with the reason.
  add(now - 50 * day, [&](std::int64_t at) {
    json r = request(unit("Exempelskolan"), "Historiska kartor Pro",
                     "Historiska kartor med elevkonton hos leverantören och lagring i USA.", at);
    r["login_method"] = "supplier_accounts";
    r["data_location"] = "outside_eu_eea";
    r["transfer_safeguard"] = "unknown";
    const std::int64_t id = t.submit(lena, at, r);
    t.act(rut, at + day, id, Action::principal_approve);
    t.act(gustav, at + 6 * day, id, Action::reject,
          {{"comment",
            "Personuppgifter förs över till USA utan skyddsåtgärder, och leverantören "
            "erbjuder inget PUB-avtal."}});
  });
  // declined by the principal.
  add(now - 20 * day, [&](std::int64_t at) {
    json r = request(unit("Demoskolan"), "Djurspåraren",
                     "App för att registrera djurspår på utflykter, med bilder och platsdata.", at);
    r["resource_type"] = "app";
    r["data_categories"] = {"images_audio_video", "location"};
    const std::int64_t id = t.submit(lars, at, r);
    t.act(rut, at + 2 * day, id, Action::principal_decline,
          {{"comment", "Vi använder redan Naturkunskap Ute för detta."}});
  });
  // withdrawn by its requester.
  add(now - 25 * day, [&](std::int64_t at) {
    const std::int64_t id =
        t.submit(lena, at,
                 request(unit("Exempelskolan"), "Skrivhjälpen Plus",
                         "Stöd för textbearbetning med förslag på formuleringar i svenska.", at));
    t.act(lena, at + day, id, Action::withdraw, {{"comment", "Vi väntar till nästa läsår."}});
  });
  // direct_purchase_allowed: a book whose digital part processes no personal data.
  add(now - 8 * day, [&](std::int64_t at) {
    json r =
        request(unit("Fiktiva gymnasiet"), "Matematik 1c med digital del",
                "Lärobok i Matematik 1c med digitala övningar som inte kräver inloggning.", at);
    r["resource_type"] = "book_with_digital_part";
    r["grade_levels"] = {"upper_secondary"};
    r["processes_personal_data"] = "no";
    for (const char* key : {"data_categories", "protected_identity_students", "login_method",
                            "data_location", "supplier_dpa_available", "privacy_policy_url",
                            "system_admin_name", "system_admin_email"}) {
      r.erase(key);
    }
    const std::int64_t id = t.submit(ingo, at, r);
    t.act(rolf, at + day, id, Action::principal_approve);
    t.act(gustav, at + 2 * day, id, Action::allow_direct_purchase,
          {{"comment",
            "Den digitala delen behandlar inga personuppgifter: köp direkt via "
            "GR-läromedel."}});
  });
  // A usage registration of an approved entry whose DPA is valid: approved with no new DPA.
  add(now - 10 * day, [&](std::int64_t at) {
    json r = request(
        unit("Demoskolan"), "Matteverkstan",
        "Vi vill använda Matteverkstan i årskurs 4–6 på Demoskolan, som flera skolor gör.", at);
    r["catalog_id"] = ids.catalog.at("Matteverkstan");
    r.erase("supplier_name");
    r["register_holder_name"] = "Rut Rektorsson";
    const std::int64_t id = t.submit(lars, at, r);
    t.act(rut, at + day, id, Action::principal_approve);
    t.act(greta, at + 3 * day, id, Action::approve);
  });
  std::stable_sort(steps.begin(), steps.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [at, step] : steps) step(at);
}

}  // namespace anskaffa::demo
