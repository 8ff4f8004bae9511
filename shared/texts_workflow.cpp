#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry entries[] = {
    {"state.awaiting_principal", "Väntar på rektor", "Awaiting the principal"},
    {"state.in_review", "Granskas av DI", "In review by DI"},
    {"state.needs_completion", "Behöver kompletteras", "Needs completion"},
    {"state.dpa_pending", "PUB-avtal tas fram", "DPA being arranged"},
    {"state.approved", "Godkänd", "Approved"},
    {"state.ordered", "Beställd", "Ordered"},
    {"state.rejected", "Ej godkänd", "Not approved"},
    {"state.declined", "Avböjd av rektor", "Declined by the principal"},
    {"state.withdrawn", "Återkallad", "Withdrawn"},
    {"state.direct_purchase_allowed", "Får köpas direkt", "Direct purchase allowed"},

    {"action.submit", "Skicka beställningen", "Send the request"},
    {"action.principal_approve", "Godkänn för enheten", "Approve for the unit"},
    {"action.principal_decline", "Avböj", "Decline"},
    {"action.assign", "Tilldela handläggare", "Assign"},
    {"action.request_completion", "Begär komplettering", "Ask for completion"},
    {"action.resubmit", "Skicka in igen", "Send again"},
    {"action.require_dpa", "Kräv PUB-avtal", "Require a DPA"},
    {"action.record_dpa", "Registrera PUB-avtal", "Record the DPA"},
    {"action.approve", "Godkänn", "Approve"},
    {"action.reject", "Godkänn inte", "Reject"},
    {"action.allow_direct_purchase", "Tillåt direktköp", "Allow direct purchase"},
    {"action.mark_ordered", "Markera som beställd", "Mark as ordered"},
    {"action.withdraw", "Återkalla", "Withdraw"},
    {"action.comment", "Kommentera", "Comment"},
    // Timeline entries that are not actions a user takes.
    {"action.edit", "Kompletterad", "Completed with changes"},
    {"action.remind", "Påminnelse skickad", "Reminder sent"},

    {"role.requester", "Beställare", "Requester"},
    {"role.principal", "Rektor", "Principal"},
    {"role.reviewer", "Granskare (DI)", "Reviewer (DI)"},
    {"role.infosec", "Informationssäkerhetssamordnare", "Information security coordinator"},
    {"role.admin", "Administratör", "Administrator"},

    // SPEC 1's refusals and SPEC 4's preconditions.
    {"refusal.not_visible", "Ärendet finns inte.", "The request does not exist."},
    {"refusal.not_allowed", "Du får inte göra detta i ärendet.",
     "You may not do this on the request."},
    {"refusal.stale_version", "Ärendet har ändrats sedan du öppnade det. Ladda om.",
     "The request has changed since you opened it. Reload."},
    {"refusal.wrong_state", "Det går inte i ärendets nuvarande läge.",
     "This cannot be done in the request's current state."},
    {"precondition.invalid_request", "Beställningen innehåller fel som måste rättas först.",
     "The request has errors that must be corrected first."},
    {"precondition.comment_required", "Skriv en kommentar.", "Write a comment."},
    {"precondition.dpa_missing", "Ett giltigt PUB-avtal krävs innan lärresursen kan godkännas.",
     "A valid DPA is required before the resource can be approved."},
    {"precondition.not_book_assessment", "Direktköp gäller bara fysiska böcker med digital del.",
     "Direct purchase applies only to physical books with a digital part."},
    {"precondition.dpa_required",
     "Den digitala delen behandlar personuppgifter: boken går den vanliga vägen med PUB-avtal.",
     "The digital part processes personal data: the book goes the normal way with a DPA."},
    {"precondition.not_abandoned", "Ärendet har inte väntat på komplettering i mer än 30 dagar.",
     "The request has not waited for completion for more than 30 days."},
    {"precondition.assignee_not_reviewer", "Handläggaren måste vara granskare på DI.",
     "The assignee must be a DI reviewer."},
    {"precondition.agreement_not_valid", "Avtalet är inte ett giltigt PUB-avtal.",
     "The agreement is not a valid DPA."},
    {"precondition.dpa_details_required",
     "Ange avtalets referens, undertecknandedatum och giltighetstid.",
     "Give the agreement's reference, signing date and validity period."},
    {"precondition.invalid_date", "Ange datum som ÅÅÅÅ-MM-DD.", "Enter dates as YYYY-MM-DD."},
    {"precondition.dpa_dates_invalid",
     "Datumen går inte ihop: avtalet måste vara undertecknat och gälla framåt.",
     "The dates do not fit: the agreement must be signed and valid from now on."},
    {"precondition.attachment_not_found", "Bilagan finns inte bland ärendets PDF-filer.",
     "The attachment is not among the request's PDF files."},
    {"precondition.order_reference_required", "Ange beställningsreferensen.",
     "Give the order reference."},
    {"precondition.service_agreement_required", "Ange vilket tjänsteavtal som gäller.",
     "Give the service agreement that applies."},
    {"precondition.service_agreement_not_valid", "Tjänsteavtalet är inte giltigt.",
     "The service agreement is not valid."},
};

}  // namespace

std::span<const TextEntry> workflow_texts() { return entries; }

}  // namespace anskaffa::texts
