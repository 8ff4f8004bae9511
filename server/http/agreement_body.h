// The bodies of POST /api/v1/agreements (SPEC 8's fixed {kind, supplier_name, reference, route?,
// signed_on, valid_from, valid_until, catalog_ids?, attachment_id?}) and of PUT
// /api/v1/agreements/{id} ({reference?, supplier_name?, route?, catalog_ids?, renewal?:
// {signed_on, valid_from, valid_until}, terminated_on?}), read strictly: wrong types and
// unknown members are findings. What the values may be is the core's to decide.
#pragma once

#include <nlohmann/json.hpp>

#include "server/workflow/agreements.h"
#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::http {

struct NewAgreementBody {
  workflow::NewAgreement agreement;
  Findings findings;  // errors; agreement is meaningful only when empty
};
NewAgreementBody read_new_agreement(const nlohmann::json& body, Lang lang);

struct AgreementChangeBody {
  workflow::AgreementChange change;
  Findings findings;
};
AgreementChangeBody read_agreement_change(const nlohmann::json& body, Lang lang);

}  // namespace anskaffa::http
