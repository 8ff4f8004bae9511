// SPEC 1's administration: users (list, create, change roles, units and whether disabled, set a
// new password) and school units (add, rename), for those the core lets manage them
// (registers.h: manage_users, manage_units). Every change is audited in the transaction that
// makes it; no answer ever carries a password hash.
#include <algorithm>
#include <string>

#include "server/auth/email.h"
#include "server/auth/password.h"
#include "server/http/admin_body.h"
#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/path_id.h"
#include "server/http/query_params.h"
#include "server/http/routes.h"
#include "server/store/audit.h"
#include "server/store/sessions.h"
#include "server/store/units.h"
#include "server/store/users.h"
#include "server/workflow/facts.h"
#include "shared/accounts.h"
#include "shared/registers.h"
#include "shared/request_json.h"
#include "shared/utf8.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

// Longer search text is no name or address a person types.
constexpr std::size_t max_user_search_bytes = 200;

json user_view(const store::User& user) {
  return {{"id", user.id},       {"email", user.email}, {"name", user.name},
          {"roles", user.roles}, {"units", user.units}, {"disabled", user.disabled}};
}

json unit_view(const store::Unit& unit) {
  return {{"id", unit.id}, {"name", unit.name}, {"school_form", unit.school_form}};
}

// The signed-in user when the core gives them `access`; else the refusal is answered.
std::optional<store::User> administrator(App& app, const httplib::Request& request,
                                         httplib::Response& response, RegisterAccess access) {
  auto user = require_user(app, request, response);
  if (!user) return std::nullopt;
  if (!may(workflow::core_user(*user), access)) {
    send_error(response, request, 403);
    return std::nullopt;
  }
  return user;
}

// The JSON object body, or nothing with 400 answered.
std::optional<json> object_body(const httplib::Request& request, httplib::Response& response) {
  auto body = parse_json_object(request.body);
  if (!body) send_error(response, request, 400);
  return body;
}

// An administrator's change to one account or unit: who asks, which one (the path's id, 404
// when it is none), and the body (400 when it is not one JSON object).
struct AdminChange {
  store::User admin;
  std::int64_t id = 0;
  json body;
};

std::optional<AdminChange> admin_change(App& app, const httplib::Request& request,
                                        httplib::Response& response, RegisterAccess access) {
  auto admin = administrator(app, request, response, access);
  if (!admin) return std::nullopt;
  const auto id = path_id(request, "id");
  if (!id) {
    send_error(response, request, 404);
    return std::nullopt;
  }
  auto body = object_body(request, response);
  if (!body) return std::nullopt;
  return AdminChange{std::move(*admin), *id, std::move(*body)};
}

std::vector<UnitRef> unit_refs(store::Connection& connection) {
  std::vector<UnitRef> refs;
  for (const store::Unit& unit : store::list_units(connection)) {
    refs.push_back({unit.id, unit.name, unit.school_form});
  }
  return refs;
}

void audit(store::Connection& connection, std::int64_t at, std::int64_t by, std::string_view entity,
           std::int64_t id, std::string_view action, const json& details) {
  store::AuditEntry entry;
  entry.at = at;
  entry.user_id = by;
  entry.entity = std::string(entity);
  entry.entity_id = id;
  entry.action = std::string(action);
  entry.details = details.dump();
  store::append_audit(connection, entry);
}

void list_users(App& app, const httplib::Request& request, httplib::Response& response) {
  if (!administrator(app, request, response, RegisterAccess::manage_users)) return;
  store::UserQuery query;
  const auto paging = read_paging(request);
  const auto text = query_param(request, "q");
  if (!paging || (text && (text->size() > max_user_search_bytes || !is_valid_utf8(*text)))) {
    send_refusal(response, request, 400, "bad_request", "error.bad_query");
    return;
  }
  query.text = text ? std::string(trim(*text)) : std::string();
  query.page = paging->page;
  query.per_page = paging->per_page;
  auto connection = app.database.connect();
  const store::UserPage page = store::list_users(*connection, query);
  json items = json::array();
  for (const store::User& user : page.items) items.push_back(user_view(user));
  send_json(response, 200,
            {{"items", std::move(items)},
             {"total", page.total},
             {"page", query.page},
             {"per_page", query.per_page}});
}

void create_user(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto admin = administrator(app, request, response, RegisterAccess::manage_users);
  if (!admin) return;
  const auto body = object_body(request, response);
  if (!body) return;
  const Lang lang = request_lang(request);
  NewUserBody read = read_new_user_body(*body, lang);
  if (!read.findings.empty()) {
    send_invalid(response, request, read.findings);
    return;
  }
  Account& account = read.account;
  account.email = auth::normalize_email(account.email);
  account.name = std::string(trim(account.name));
  auto connection = app.database.connect();
  Findings findings = validate_account(account, unit_refs(*connection), lang);
  const Findings password = validate_password(read.password, lang);
  findings.insert(findings.end(), password.begin(), password.end());
  if (!findings.empty()) {
    send_invalid(response, request, findings);
    return;
  }
  // Hashing takes a moment and 64 MiB: done before the write transaction, not inside it.
  const store::NewUser user{account.email, account.name, auth::hash_password(read.password),
                            account.roles, account.units};
  const auto id = connection->write_transaction([&]() -> std::optional<std::int64_t> {
    if (store::email_taken(*connection, user.email)) return std::nullopt;
    const std::int64_t new_id = store::insert_user(*connection, user, app.clock());
    audit(
        *connection, app.clock(), admin->id, "user", new_id, "create",
        {{"email", user.email}, {"name", user.name}, {"roles", user.roles}, {"units", user.units}});
    return new_id;
  });
  if (!id) {
    send_invalid(response, request, {make_finding(lang, "email", "email_taken", Severity::error)});
    return;
  }
  send_json(response, 201, {{"id", *id}});
}

// The account as the edit would leave it, as the core sees it.
Account edited_account(const store::User& user, const UserEditBody& edit) {
  return {user.email, edit.name ? std::string(trim(*edit.name)) : user.name,
          edit.roles.value_or(user.roles), edit.units.value_or(user.units)};
}

// An administrator who disabled their own account or gave up their own right to manage users
// could leave the system with nobody able to manage it: the core's permission decides.
bool locks_out_self(const store::User& admin, std::int64_t id, const Account& after,
                    const UserEditBody& edit) {
  if (admin.id != id) return false;
  store::User result = admin;
  result.roles = after.roles;
  result.units = after.units;
  return edit.disabled.value_or(false) ||
         !may(workflow::core_user(result), RegisterAccess::manage_users);
}

void edit_user(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto asked = admin_change(app, request, response, RegisterAccess::manage_users);
  if (!asked) return;
  const Lang lang = request_lang(request);
  const UserEditBody edit = read_user_edit_body(asked->body, lang);
  if (!edit.findings.empty()) {
    send_invalid(response, request, edit.findings);
    return;
  }
  auto connection = app.database.connect();
  const auto before = store::find_user(*connection, asked->id);
  if (!before) {
    send_error(response, request, 404);
    return;
  }
  const Account after = edited_account(*before, edit);
  const Findings findings = validate_account(after, unit_refs(*connection), lang);
  if (!findings.empty()) {
    send_invalid(response, request, findings);
    return;
  }
  if (locks_out_self(asked->admin, asked->id, after, edit)) {
    send_refusal(response, request, 422, "own_account", "admin.error.own_account");
    return;
  }
  const auto updated = connection->write_transaction([&]() -> std::optional<store::User> {
    const auto current = store::find_user(*connection, asked->id);
    if (!current) return std::nullopt;
    store::UserEdit change;
    json was = json::object();
    json now = json::object();
    if (edit.name && after.name != current->name) {
      change.name = after.name;
      was["name"] = current->name;
      now["name"] = after.name;
    }
    if (edit.roles && after.roles != current->roles) {
      change.roles = after.roles;
      was["roles"] = current->roles;
      now["roles"] = after.roles;
    }
    if (edit.units && after.units != current->units) {
      change.units = after.units;
      was["units"] = current->units;
      now["units"] = after.units;
    }
    if (edit.disabled && *edit.disabled != current->disabled) {
      change.disabled = edit.disabled;
      was["disabled"] = current->disabled;
      now["disabled"] = *edit.disabled;
    }
    if (!now.empty()) {
      store::update_user(*connection, asked->id, change);
      // A disabled account's open sessions end now, not at their next expiry.
      if (change.disabled.value_or(false)) store::delete_user_sessions(*connection, asked->id);
      audit(*connection, app.clock(), asked->admin.id, "user", asked->id, "update",
            {{"before", was}, {"after", now}});
    }
    return store::find_user(*connection, asked->id);
  });
  if (!updated) {
    send_error(response, request, 404);
    return;
  }
  send_json(response, 200, user_view(*updated));
}

void set_password(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto asked = admin_change(app, request, response, RegisterAccess::manage_users);
  if (!asked) return;
  const Lang lang = request_lang(request);
  PasswordBody read = read_password_body(asked->body, lang);
  if (read.findings.empty()) read.findings = validate_password(read.password, lang);
  if (!read.findings.empty()) {
    send_invalid(response, request, read.findings);
    return;
  }
  auto connection = app.database.connect();
  if (!store::find_user(*connection, asked->id)) {
    send_error(response, request, 404);
    return;
  }
  const std::string hash = auth::hash_password(read.password);
  const bool found = connection->write_transaction([&] {
    if (!store::find_user(*connection, asked->id)) return false;
    store::set_password_hash(*connection, asked->id, hash);
    // Whoever knew the old password is signed out with it.
    store::delete_user_sessions(*connection, asked->id);
    audit(*connection, app.clock(), asked->admin.id, "user", asked->id, "reset_password",
          json::object());
    return true;
  });
  if (!found) {
    send_error(response, request, 404);
    return;
  }
  response.status = 204;
}

void create_unit(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto admin = administrator(app, request, response, RegisterAccess::manage_units);
  if (!admin) return;
  const auto body = object_body(request, response);
  if (!body) return;
  const Lang lang = request_lang(request);
  UnitBody read = read_unit_body(*body, lang, true);
  if (read.findings.empty()) {
    read.findings = validate_unit(read.name.value_or(""), read.school_form.value_or(""), lang);
  }
  if (!read.findings.empty()) {
    send_invalid(response, request, read.findings);
    return;
  }
  const std::string name(trim(*read.name));
  const std::string school_form(trim(read.school_form.value_or("")));
  auto connection = app.database.connect();
  const std::int64_t id = connection->write_transaction([&] {
    const std::int64_t new_id = store::insert_unit(*connection, name, school_form, app.clock());
    audit(*connection, app.clock(), admin->id, "unit", new_id, "create",
          {{"name", name}, {"school_form", school_form}});
    return new_id;
  });
  send_json(response, 201, {{"id", id}});
}

void edit_unit(App& app, const httplib::Request& request, httplib::Response& response) {
  const auto asked = admin_change(app, request, response, RegisterAccess::manage_units);
  if (!asked) return;
  const Lang lang = request_lang(request);
  const UnitBody read = read_unit_body(asked->body, lang, false);
  if (!read.findings.empty()) {
    send_invalid(response, request, read.findings);
    return;
  }
  auto connection = app.database.connect();
  const auto before = store::find_unit(*connection, asked->id);
  if (!before) {
    send_error(response, request, 404);
    return;
  }
  store::Unit after = *before;
  if (read.name) after.name = std::string(trim(*read.name));
  if (read.school_form) after.school_form = std::string(trim(*read.school_form));
  const Findings findings = validate_unit(after.name, after.school_form, lang);
  if (!findings.empty()) {
    send_invalid(response, request, findings);
    return;
  }
  connection->write_transaction([&] {
    if (after.name == before->name && after.school_form == before->school_form) return;
    store::update_unit(*connection, after);
    audit(*connection, app.clock(), asked->admin.id, "unit", asked->id, "update",
          {{"before", unit_view(*before)}, {"after", unit_view(after)}});
  });
  send_json(response, 200, unit_view(after));
}

}  // namespace

void add_admin_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/users", with_app(app, list_users));
  routes.post("/api/v1/users", with_app(app, create_user));
  routes.put("/api/v1/users/:id", with_app(app, edit_user));
  routes.post("/api/v1/users/:id/password", with_app(app, set_password));
  routes.post("/api/v1/units", with_app(app, create_unit));
  routes.put("/api/v1/units/:id", with_app(app, edit_unit));
}

}  // namespace anskaffa::http
