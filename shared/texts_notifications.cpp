#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

// A notification's line names the case, the resource and who acted; {by} is the actor's name.
// The e-mail (always Swedish: users have no language setting) adds the state, the comment and
// the app's address, and nothing else of the request.
constexpr TextEntry notification_entries[] = {
    {"notification.submit", "{by} har skickat in {case} ({resource}).",
     "{by} submitted {case} ({resource})."},
    {"notification.principal_approve", "{by} har godkänt {case} ({resource}) för enheten.",
     "{by} approved {case} ({resource}) for the unit."},
    {"notification.principal_decline", "{by} har avböjt {case} ({resource}).",
     "{by} declined {case} ({resource})."},
    {"notification.assign", "{by} har gett dig {case} ({resource}) att handlägga.",
     "{by} assigned {case} ({resource}) to you."},
    {"notification.request_completion", "{by} ber om en komplettering av {case} ({resource}).",
     "{by} asks for {case} ({resource}) to be completed."},
    {"notification.resubmit", "{by} har kompletterat {case} ({resource}) och skickat in den igen.",
     "{by} completed {case} ({resource}) and sent it again."},
    {"notification.require_dpa", "{by} kräver ett PUB-avtal för {case} ({resource}).",
     "{by} requires a DPA for {case} ({resource})."},
    {"notification.record_dpa", "{by} har registrerat PUB-avtalet för {case} ({resource}).",
     "{by} recorded the DPA for {case} ({resource})."},
    {"notification.approve", "{by} har godkänt {case} ({resource}).",
     "{by} approved {case} ({resource})."},
    {"notification.reject", "{by} har inte godkänt {case} ({resource}).",
     "{by} rejected {case} ({resource})."},
    {"notification.allow_direct_purchase",
     "{by} har beslutat att {case} ({resource}) får köpas direkt.",
     "{by} decided that {case} ({resource}) may be bought directly."},
    {"notification.mark_ordered", "{by} har markerat {case} ({resource}) som beställd.",
     "{by} marked {case} ({resource}) as ordered."},
    {"notification.withdraw", "{by} har återkallat {case} ({resource}).",
     "{by} withdrew {case} ({resource})."},
    {"notification.comment", "{by} har kommenterat {case} ({resource}).",
     "{by} commented on {case} ({resource})."},
    {"notification.remind.awaiting_principal",
     "Påminnelse: {case} ({resource}) har väntat på ditt godkännande i mer än 5 arbetsdagar.",
     "Reminder: {case} ({resource}) has waited for your approval for more than 5 working days."},
    {"notification.remind.needs_completion",
     "Påminnelse: {case} ({resource}) har väntat på din komplettering i mer än 5 arbetsdagar.",
     "Reminder: {case} ({resource}) has waited for you to complete it for more than 5 working "
     "days."},
    // For a request the reader can no longer see (say, a principal who left the unit): the case
    // number and nothing more.
    {"notification.hidden", "{case} har uppdaterats. Du har inte längre tillgång till ärendet.",
     "{case} was updated. You no longer have access to the request."},
    {"notification.someone", "Någon", "Someone"},

    {"mail.subject", "Anskaffa: {case} ({resource})", "Anskaffa: {case} ({resource})"},
    {"mail.state", "Ärendets läge: {state}", "The request's state: {state}"},
    {"mail.comment", "Kommentar: {comment}", "Comment: {comment}"},
    {"mail.link", "Läs ärendet i Anskaffa: {url}", "Read the request in Anskaffa: {url}"},
    {"mail.footer",
     "Meddelandet skickades automatiskt av Anskaffa. Svara inte på det; skriv en kommentar i "
     "ärendet i stället.",
     "This message was sent automatically by Anskaffa. Do not reply to it; comment on the "
     "request instead."},
};

}  // namespace

std::span<const TextEntry> notification_texts() { return notification_entries; }

}  // namespace anskaffa::texts
