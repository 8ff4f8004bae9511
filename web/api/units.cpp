#include "web/api/units.h"

#include <nlohmann/json.hpp>

#include "web/api/json_fields.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {

void fetch_units(Lang lang, std::function<void(const UnitsResult&)> done) {
  HttpRequest request{.url = "/api/v1/units", .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    UnitsResult result;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 && body.is_array()) {
      result.ok = true;
      for (const auto& unit : body) {
        if (!unit.is_object()) continue;
        UnitRef ref;
        ref.id = integer_at(unit, "id");
        ref.name = string_at(unit, "name");
        ref.school_form = string_at(unit, "school_form");
        if (ref.id != 0) result.units.push_back(std::move(ref));
      }
    }
    done(result);
  });
}

}  // namespace anskaffa::web::api
