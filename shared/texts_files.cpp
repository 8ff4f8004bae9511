// The app's words for files and for the actions' choices from lists: attaching and downloading
// PDFs, recording a DPA with an existing agreement or a new one's signed PDF, assigning.
#include "shared/texts_parts.h"

namespace anskaffa::texts {
namespace {

constexpr TextEntry file_entries[] = {
    {"action_field.agreement_id", "Befintligt personuppgiftsbiträdesavtal",
     "Existing data processing agreement"},
    {"action_field.attachment_id", "Det undertecknade avtalet (PDF, valfritt)",
     "The signed agreement (PDF, optional)"},
    {"action_field.assignee", "Handläggare", "Assignee"},
    {"files.add", "Bifoga PDF", "Attach PDF"},
    {"files.drop_hint", "eller släpp en PDF här", "or drop a PDF here"},
    {"files.sending", "Skickar {name} …", "Sending {name} …"},
    {"files.attached", "{name} är bifogad.", "{name} is attached."},
    {"files.not_pdf", "Filen är inte en PDF. Välj en PDF-fil.",
     "The file is not a PDF. Choose a PDF file."},
    {"files.too_large", "Filen är för stor. En PDF får vara högst 10 MB.",
     "The file is too large. A PDF may be at most 10 MB."},
    {"files.new_dpa", "Nytt avtal – fyll i uppgifterna nedan",
     "A new agreement – fill in the details below"},
    {"files.dpa_choice", "{reference}, gäller till {date}", "{reference}, valid until {date}"},
    {"files.no_valid_dpa", "Leverantören har inget giltigt avtal i avtalsregistret.",
     "The supplier has no valid agreement in the register."},
    {"files.choose_pdf", "Välj PDF …", "Choose PDF …"},
    {"files.choose_other_pdf", "Välj en annan PDF …", "Choose another PDF …"},
    {"files.assign_me", "Mig själv", "Myself"},
    {"files.download_signed", "Ladda ner det undertecknade avtalet (PDF)",
     "Download the signed agreement (PDF)"},
    {"files.upload_signed", "Ladda upp undertecknat avtal (PDF)",
     "Upload the signed agreement (PDF)"},
};

}  // namespace

std::span<const TextEntry> file_texts() { return file_entries; }

}  // namespace anskaffa::texts
