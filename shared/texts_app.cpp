#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry app_entries[] = {
    {"app.name", "Anskaffa", "Anskaffa"},
    {"app.tagline", "Beställ digitala lärresurser – tryggt och snabbt",
     "Request digital learning resources – safely and quickly"},
    {"app.offline", "Offline", "Offline"},
    {"app.online", "Online", "Online"},
    {"app.loading", "Laddar …", "Loading …"},
    {"app.no_webgl",
     "Anskaffa behöver en webbläsare med WebGL 2. Använd en aktuell version av Firefox, Chrome, "
     "Edge eller Safari.",
     "Anskaffa needs a browser with WebGL 2. Use a current version of Firefox, Chrome, Edge or "
     "Safari."},
    {"lang.switch_to_other", "English", "Svenska"},
    {"lang.name", "Svenska", "English"},
    {"signin.title", "Logga in", "Sign in"},
    {"signin.intro", "Logga in med ditt konto i utbildningsförvaltningen.",
     "Sign in with your education administration account."},
    {"signin.email", "E-post", "E-mail"},
    {"signin.password", "Lösenord", "Password"},
    {"signin.submit", "Logga in", "Sign in"},
    {"signin.signing_in", "Loggar in …", "Signing in …"},
    {"signin.failed", "Inloggningen misslyckades.", "Sign-in failed."},
    {"signin.signed_in_as", "Inloggad som {name}", "Signed in as {name}"},
    {"signin.sign_out", "Logga ut", "Sign out"},
    {"signin.network_error", "Servern svarar inte. Försök igen om en stund.",
     "The server does not answer. Try again in a moment."},
};

}  // namespace

std::span<const TextEntry> app_texts() { return app_entries; }

}  // namespace anskaffa::texts
