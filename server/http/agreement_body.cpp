#include "server/http/agreement_body.h"

#include "server/http/body_reader.h"

namespace anskaffa::http {
namespace {

// A text member that is present (a string) as a value, else nullopt; a wrong type is a finding.
std::optional<std::string> optional_text(BodyReader& reader, const std::string& key) {
  const bool present = reader.has(key);
  std::string value = reader.text(key);
  if (!present) return std::nullopt;
  return value;
}

}  // namespace

NewAgreementBody read_new_agreement(const nlohmann::json& body, Lang lang) {
  BodyReader reader(body, lang);
  NewAgreementBody result;
  workflow::NewAgreement& in = result.agreement;
  // Missing members are the core's findings (required), in the agreement's own words.
  in.draft.kind = reader.text("kind");
  in.draft.supplier_name = reader.text("supplier_name");
  in.draft.reference = reader.text("reference");
  in.draft.route = optional_text(reader, "route");
  in.draft.signed_on = reader.text("signed_on");
  in.draft.valid_from = reader.text("valid_from");
  in.draft.valid_until = reader.text("valid_until");
  in.catalog_ids = reader.integers("catalog_ids").value_or(std::vector<std::int64_t>{});
  in.attachment_id = reader.integer("attachment_id", false);
  result.findings = reader.finish();
  return result;
}

AgreementChangeBody read_agreement_change(const nlohmann::json& body, Lang lang) {
  BodyReader reader(body, lang);
  AgreementChangeBody result;
  workflow::AgreementChange& change = result.change;
  change.reference = optional_text(reader, "reference");
  change.supplier_name = optional_text(reader, "supplier_name");
  change.route = optional_text(reader, "route");
  change.catalog_ids = reader.integers("catalog_ids");
  change.terminated_on = optional_text(reader, "terminated_on");
  Findings findings;
  if (const nlohmann::json* renewal = reader.object("renewal", false)) {
    BodyReader inner(*renewal, lang, "renewal.");
    RenewalDraft draft;
    draft.signed_on = inner.text("signed_on");
    draft.valid_from = inner.text("valid_from");
    draft.valid_until = inner.text("valid_until");
    findings = inner.finish();
    change.renewal = draft;
  }
  result.findings = reader.finish();
  result.findings.insert(result.findings.end(), findings.begin(), findings.end());
  return result;
}

}  // namespace anskaffa::http
