#include "web/api/admin.h"

#include "web/api/json_fields.h"
#include "web/api/url.h"
#include "web/platform/fetch.h"

namespace anskaffa::web::api {
namespace {

Account account_of(const nlohmann::json& item) {
  Account out;
  out.id = integer_at(item, "id");
  out.email = string_at(item, "email");
  out.name = string_at(item, "name");
  out.disabled = boolean_at(item, "disabled");
  if (const auto roles = item.find("roles"); roles != item.end() && roles->is_array()) {
    for (const auto& role : *roles) {
      if (role.is_string()) out.roles.push_back(role.get<std::string>());
    }
  }
  if (const auto units = item.find("units"); units != item.end() && units->is_array()) {
    for (const auto& unit : *units) {
      if (unit.is_number_integer()) out.units.push_back(unit.get<std::int64_t>());
    }
  }
  return out;
}

// Sends a JSON write and reads its answer leniently.
void send(const std::string& method, const std::string& url, const nlohmann::json& body, Lang lang,
          std::function<void(const WriteResult&)> done) {
  HttpRequest request{
      .method = method,
      .url = url,
      .body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
      .accept_language = std::string(lang_code(lang)),
  };
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    WriteResult result;
    result.status = response.status;
    const nlohmann::json answer = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status >= 200 && response.status < 300) {
      result.id = integer_at(answer, "id");
    } else {
      ErrorAnswer error = error_at(answer);
      result.code = std::move(error.code);
      result.message = std::move(error.message);
      result.findings = std::move(error.findings);
    }
    done(result);
  });
}

}  // namespace

void fetch_accounts(const std::string& search, int per_page, Lang lang,
                    std::function<void(const AccountListResult&)> done) {
  std::string url = "/api/v1/users?per_page=" + std::to_string(per_page);
  if (!search.empty()) url += "&q=" + percent_encoded(search);
  HttpRequest request{.url = url, .accept_language = std::string(lang_code(lang))};
  http_fetch(request, [done = std::move(done)](const HttpResponse& response) {
    AccountListResult result;
    result.status = response.status;
    const nlohmann::json body = nlohmann::json::parse(response.body, nullptr, false);
    if (response.status == 200 && body.is_object()) {
      result.total = integer_at(body, "total");
      result.items = items_at(body, account_of);
    }
    done(result);
  });
}

void create_account(const nlohmann::json& body, Lang lang,
                    std::function<void(const WriteResult&)> done) {
  send("POST", "/api/v1/users", body, lang, std::move(done));
}

void update_account(std::int64_t id, const nlohmann::json& body, Lang lang,
                    std::function<void(const WriteResult&)> done) {
  send("PUT", "/api/v1/users/" + std::to_string(id), body, lang, std::move(done));
}

void set_account_password(std::int64_t id, const std::string& password, Lang lang,
                          std::function<void(const WriteResult&)> done) {
  send("POST", "/api/v1/users/" + std::to_string(id) + "/password", {{"password", password}}, lang,
       std::move(done));
}

void create_unit(const nlohmann::json& body, Lang lang,
                 std::function<void(const WriteResult&)> done) {
  send("POST", "/api/v1/units", body, lang, std::move(done));
}

void update_unit(std::int64_t id, const nlohmann::json& body, Lang lang,
                 std::function<void(const WriteResult&)> done) {
  send("PUT", "/api/v1/units/" + std::to_string(id), body, lang, std::move(done));
}

}  // namespace anskaffa::web::api
