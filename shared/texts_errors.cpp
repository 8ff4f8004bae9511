#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry error_entries[] = {
    {"error.bad_request", "Förfrågan kunde inte läsas: den måste vara ett JSON-objekt.",
     "The request could not be read: it must be one JSON object."},
    {"error.unauthenticated", "Du behöver logga in.", "You need to sign in."},
    {"error.not_allowed", "Du har inte behörighet till detta.", "You are not allowed to do this."},
    {"error.not_found", "Det som efterfrågades finns inte.", "What was asked for does not exist."},
    {"error.method_not_allowed", "Metoden stöds inte för den här adressen.",
     "The method is not supported for this address."},
    {"error.wrong_state", "Ärendet är inte i ett läge där detta går.",
     "The request is not in a state where this can be done."},
    {"error.stale_version", "Ärendet har ändrats av någon annan. Ladda om och försök igen.",
     "Someone else has changed the request. Reload and try again."},
    {"error.length_required", "Förfrågan saknar längd (Content-Length).",
     "The request has no length (Content-Length)."},
    {"error.payload_too_large", "Innehållet är för stort.", "The content is too large."},
    {"error.unsupported_media_type", "Innehållets typ eller kodning stöds inte.",
     "The content's type or encoding is not supported."},
    {"error.invalid_request", "Uppgifterna innehåller fel.", "The data contains errors."},
    {"error.too_many_attempts", "För många försök. Vänta en stund och försök igen.",
     "Too many attempts. Wait a while and try again."},
    {"error.sign_in_failed", "Fel e-postadress eller lösenord.",
     "Wrong e-mail address or password."},
    {"error.internal", "Ett oväntat fel inträffade. Försök igen.",
     "An unexpected error occurred. Try again."},
    {"error.unavailable", "Tjänsten är tillfälligt otillgänglig.",
     "The service is temporarily unavailable."},
};

}  // namespace

std::span<const TextEntry> error_texts() { return error_entries; }

}  // namespace anskaffa::texts
