#include "web/api/registers.h"

#include <nlohmann/json.hpp>

#include "web/api/json_fields.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

using nlohmann::json;

const json& member(const json& object, const char* key) {
  static const json none;
  if (!object.is_object()) return none;
  const auto found = object.find(key);
  return found == object.end() ? none : *found;
}

std::optional<double> number_at(const json& object, const char* key) {
  const json& value = member(object, key);
  if (!value.is_number()) return std::nullopt;
  return value.get<double>();
}

Agreement agreement_of(const json& item) {
  Agreement a;
  a.id = integer_at(item, "id");
  a.kind = string_at(item, "kind");
  a.supplier_name = string_at(item, "supplier_name");
  a.reference = string_at(item, "reference");
  a.route = string_at(item, "route");
  a.signed_by = string_at(item, "signed_by");
  a.signed_on = string_at(item, "signed_on");
  a.valid_from = string_at(item, "valid_from");
  a.valid_until = string_at(item, "valid_until");
  a.terminated_on = string_at(item, "terminated_on");
  a.status = string_at(item, "status");
  a.days_left = integer_at(item, "days_left");
  a.case_number = string_at(item, "case_number");
  for (const json& entry : member(item, "entries")) {
    const std::string name = string_at(entry, "name");
    if (!name.empty()) a.entries.push_back(name);
  }
  for (const json& period : member(item, "periods")) {
    if (!period.is_object()) continue;
    a.periods.push_back({.signed_on = string_at(period, "signed_on"),
                         .valid_from = string_at(period, "valid_from"),
                         .valid_until = string_at(period, "valid_until"),
                         .recorded_by = string_at(member(period, "recorded_by"), "name")});
  }
  for (const json& document : member(item, "documents")) {
    if (!document.is_object()) continue;
    a.documents.push_back({.id = integer_at(document, "id"),
                           .name = string_at(document, "name"),
                           .size = integer_at(document, "size")});
  }
  return a;
}

UsageChangeItem change_of(const json& item) {
  UsageChangeItem c;
  c.id = integer_at(item, "id");
  c.at = string_at(item, "at");
  c.by = string_at(member(item, "by"), "name");
  c.resource_name = string_at(item, "resource_name");
  c.unit_name = string_at(item, "unit_name");
  c.kind = string_at(item, "kind");
  c.before_name = string_at(member(item, "before"), "name");
  c.after_name = string_at(member(item, "after"), "name");
  c.end_date = string_at(member(item, "after"), "date");
  c.case_number = string_at(item, "case_number");
  return c;
}

Stats stats_of(const json& body) {
  Stats stats;
  stats.typical_wait_days = number_at(body, "typical_wait_days");
  const json& by_state = member(body, "by_state");
  if (by_state.is_object()) {
    for (const auto& [state, count] : by_state.items()) {
      if (count.is_number_integer()) stats.by_state[state] = count.get<std::int64_t>();
    }
  }
  const json& by_age = member(body, "open_by_age");
  if (by_age.is_object()) {
    for (const auto& [state, bands] : by_age.items()) {
      if (!bands.is_object()) continue;
      for (const auto& [band, count] : bands.items()) {
        if (count.is_number_integer()) stats.open_by_age[state][band] = count.get<std::int64_t>();
      }
    }
  }
  for (const json& row : member(body, "lead_times")) {
    if (!row.is_object()) continue;
    stats.lead_times.push_back({.month = string_at(row, "month"),
                                .stage = string_at(row, "stage"),
                                .median_days = number_at(row, "median_days"),
                                .count = integer_at(row, "count")});
  }
  return stats;
}

// GET `url`; `read` is given the body when the answer is 200 and a JSON object.
void get_json(const std::string& url, Lang lang, std::function<void(int, const json&)> read) {
  HttpRequest request{.url = url, .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [read = std::move(read)](const HttpResponse& response) {
    json body = json::parse(response.body, nullptr, false);
    if (!body.is_object()) body = json::object();
    read(response.status, body);
  });
}

}  // namespace

std::string agreement_list_url(const AgreementQuery& query) {
  std::string url = "/api/v1/agreements?per_page=" + std::to_string(query.per_page);
  if (query.expiring_within_days > 0) {
    url += "&expiring_within_days=" + std::to_string(query.expiring_within_days);
  }
  // A kind key is plain letters and underscores: nothing to encode.
  if (!query.kind.empty()) url += "&kind=" + query.kind;
  return url;
}

void fetch_agreements(const AgreementQuery& query, Lang lang,
                      std::function<void(const AgreementListResult&)> done) {
  get_json(agreement_list_url(query), lang, [done = std::move(done)](int status, const json& body) {
    AgreementListResult result;
    result.status = status;
    if (status == 200) {
      result.total = integer_at(body, "total");
      for (const json& item : member(body, "items")) {
        if (item.is_object()) result.items.push_back(agreement_of(item));
      }
    }
    done(result);
  });
}

void fetch_agreement(std::int64_t id, Lang lang, std::function<void(const AgreementResult&)> done) {
  get_json("/api/v1/agreements/" + std::to_string(id), lang,
           [done = std::move(done)](int status, const json& body) {
             AgreementResult result;
             result.status = status;
             if (status == 200) result.agreement = agreement_of(body);
             done(result);
           });
}

void fetch_changes(int per_page, Lang lang, std::function<void(const ChangeListResult&)> done) {
  get_json("/api/v1/changes?per_page=" + std::to_string(per_page), lang,
           [done = std::move(done)](int status, const json& body) {
             ChangeListResult result;
             result.status = status;
             if (status == 200) {
               result.total = integer_at(body, "total");
               for (const json& item : member(body, "items")) {
                 if (item.is_object()) result.items.push_back(change_of(item));
               }
             }
             done(result);
           });
}

void fetch_stats(Lang lang, std::function<void(const StatsResult&)> done) {
  get_json("/api/v1/stats", lang, [done = std::move(done)](int status, const json& body) {
    StatsResult result;
    result.status = status;
    if (status == 200) result.stats = stats_of(body);
    done(result);
  });
}

}  // namespace anskaffa::web::api
