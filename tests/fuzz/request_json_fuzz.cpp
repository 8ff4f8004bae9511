// libFuzzer target: a request body as the server's POST /api/v1/validate and the app's form
// take it (SPEC 8): parse_json_object, then decoding, validation and risk (assess) in both
// languages, and the answer encoded. Decoding must be total, and what it kept must survive
// encoding and decoding again unchanged and without findings.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "shared/assessment.h"
#include "shared/request_json.h"

namespace {

anskaffa::ValidationContext context(anskaffa::Lang lang) {
  anskaffa::ValidationContext c;
  c.reference_date = {2026, 1, 15};
  c.units = {{1, "Exempelskolan", "grundskola"}, {2, "Provgymnasiet", "gymnasieskola"}};
  c.catalog = {{10, "Matteverkstan"}, {11, "Läslyftet Åk 4–6"}};
  c.lang = lang;
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto object = anskaffa::parse_json_object(text);
  if (!object) return 0;

  for (const anskaffa::Lang lang : {anskaffa::Lang::sv, anskaffa::Lang::en}) {
    const anskaffa::Assessment assessment = anskaffa::assess(*object, context(lang));
    (void)anskaffa::assessment_json(assessment).dump();

    const nlohmann::json encoded = anskaffa::encode_request(assessment.request);
    const anskaffa::DecodedRequest again = anskaffa::decode_request(encoded, lang);
    if (!again.findings.empty() || !(again.request == assessment.request)) __builtin_trap();
    if (!anskaffa::parse_json_object(encoded.dump())) __builtin_trap();
  }
  return 0;
}
