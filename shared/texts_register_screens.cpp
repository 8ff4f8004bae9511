// The app's register screens: the agreements register, the feed of the units' changes and the
// statistics for DI (SPEC 5, 7).
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry register_screen_entries[] = {
    // The agreements register: filters, rows and an agreement's details.
    {"reg.agreements.filter.all", "Alla", "All"},
    {"reg.agreements.filter.expiring", "Går ut inom 90 dagar", "Expiring within 90 days"},
    {"reg.agreements.filter.dpa", "PUB-avtal", "Data processing agreements"},
    {"reg.agreements.filter.service_agreement", "Tjänsteavtal", "Service agreements"},
    {"reg.agreements.empty", "Inga avtal att visa här.", "No agreements to show here."},
    {"reg.agreements.valid_until", "Gäller till och med {date}", "Valid until {date}"},
    {"reg.agreements.days_left", "{days} dagar kvar", "{days} days left"},
    {"reg.agreements.one_day_left", "1 dag kvar", "1 day left"},
    {"reg.agreements.last_day", "Sista dagen i dag", "Last day today"},
    {"reg.agreements.days_ago", "Slutade för {days} dagar sedan", "Ended {days} days ago"},
    {"reg.agreements.covers", "Omfattar: {names}", "Covers: {names}"},
    {"reg.agreements.covers_none", "Ingen lärresurs kopplad ännu.",
     "No learning resource linked yet."},
    {"reg.agreement.loading", "Hämtar avtalet …", "Loading the agreement …"},
    {"reg.agreement.failed", "Avtalet kunde inte hämtas.", "The agreement could not be loaded."},
    {"reg.agreement.signed", "Undertecknat {date} av {name}", "Signed on {date} by {name}"},
    {"reg.agreement.signed_on", "Undertecknat {date}", "Signed on {date}"},
    {"reg.agreement.case", "Kom in med ärende {case_number}", "Came with request {case_number}"},
    {"reg.agreement.terminated", "Uppsagt från och med {date}", "Terminated as of {date}"},
    {"reg.agreement.periods", "Avtalsperioder", "Agreement periods"},
    {"reg.agreement.period", "{from} – {until}, undertecknat {signed}",
     "{from} – {until}, signed on {signed}"},
    {"reg.agreement.recorded_by", "registrerat av {name}", "recorded by {name}"},
    {"reg.agreement.documents", "Dokument", "Documents"},
    {"reg.agreement.no_documents", "Inga dokument uppladdade.", "No documents uploaded."},
    {"reg.agreement.document", "{name} ({size} kB)", "{name} ({size} kB)"},
    {"reg.agreement.entries", "Lärresurser som omfattas", "Learning resources covered"},

    // The change feed, one sentence per change.
    {"reg.change.system_admin",
     "{unit} · {resource}: ny systemadministratör {after} (tidigare {before})",
     "{unit} · {resource}: new system administrator {after} (previously {before})"},
    {"reg.change.system_admin_first", "{unit} · {resource}: ny systemadministratör {after}",
     "{unit} · {resource}: new system administrator {after}"},
    {"reg.change.register_holder",
     "{unit} · {resource}: ny registeransvarig {after} (tidigare {before})",
     "{unit} · {resource}: new register holder {after} (previously {before})"},
    {"reg.change.register_holder_first", "{unit} · {resource}: ny registeransvarig {after}",
     "{unit} · {resource}: new register holder {after}"},
    {"reg.change.ended", "{unit} · {resource}: användningen upphörde {date}",
     "{unit} · {resource}: use ended on {date}"},
    {"reg.change.ended_undone", "{unit} · {resource}: används igen",
     "{unit} · {resource}: in use again"},
    {"reg.change.started", "{unit} · {resource}: började användas",
     "{unit} · {resource}: started to be used"},
    {"reg.change.started_case", "{unit} · {resource}: började användas (ärende {case_number})",
     "{unit} · {resource}: started to be used (request {case_number})"},
    {"reg.change.by", "{date} · {name}", "{date} · {name}"},
    {"reg.changes.empty", "Inga ändringar ännu.", "No changes yet."},

    // The statistics' charts.
    {"reg.stats.by_state", "Öppna ärenden per läge", "Open requests by state"},
    {"reg.stats.by_age", "Öppna ärenden efter tid i läget", "Open requests by time in state"},
    {"reg.stats.age_legend", "Arbetsdagar i läget:", "Working days in the state:"},
    {"reg.stats.lead_time", "Handläggningstid per månad (median)", "Lead time per month (median)"},
    {"reg.stats.stage.decision", "Inskick till beslut", "Sending to decision"},
    {"reg.stats.stage_note.decision",
     "Dagar från inskick till beslut för ärenden som avgjordes under månaden.",
     "Days from sending to decision for the requests decided in the month."},
    {"reg.stats.stage_note.state",
     "Dagar i läget ”{state}” för ärenden som lämnade det under månaden.",
     "Days in the state “{state}” for the requests that left it in the month."},
    {"reg.stats.days_axis", "dagar", "days"},
    {"reg.stats.decisions", "{count} beslut", "{count} decisions"},
    {"reg.stats.no_open", "Inga öppna ärenden just nu.", "No open requests right now."},
    {"reg.stats.no_lead_times", "Inget att visa för det senaste året ännu.",
     "Nothing to show for the last year yet."},
    {"reg.stats.no_typical_wait",
     "Det finns inga beslut från det senaste halvåret att räkna en typisk väntetid på.",
     "There are no decisions from the last six months to work out a typical wait from."},
};

}  // namespace

std::span<const TextEntry> register_screen_texts() { return register_screen_entries; }

}  // namespace anskaffa::texts
