// The administrator's endpoints (SPEC 1): GET and POST /api/v1/users, PUT /api/v1/users/{id},
// POST /api/v1/users/{id}/password, POST /api/v1/units and PUT /api/v1/units/{id}. The server
// decides who may use them and checks every field; the app shows what it answers.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "shared/finding.h"
#include "shared/lang.h"

namespace anskaffa::web::api {

struct Account {
  std::int64_t id = 0;
  std::string email;
  std::string name;
  std::vector<std::string> roles;
  std::vector<std::int64_t> units;
  bool disabled = false;
};

struct AccountListResult {
  int status = 0;  // 200; 401/403 when not allowed; 0 when offline
  std::vector<Account> items;
  std::int64_t total = 0;
};

// The answer to a write: the new id (201), or the refusal's message and findings.
struct WriteResult {
  int status = 0;
  std::int64_t id = 0;
  std::string code;
  std::string message;
  Findings findings;
};

void fetch_accounts(const std::string& search, int per_page, Lang lang,
                    std::function<void(const AccountListResult&)> done);
void create_account(const nlohmann::json& body, Lang lang,
                    std::function<void(const WriteResult&)> done);
void update_account(std::int64_t id, const nlohmann::json& body, Lang lang,
                    std::function<void(const WriteResult&)> done);
void set_account_password(std::int64_t id, const std::string& password, Lang lang,
                          std::function<void(const WriteResult&)> done);
void create_unit(const nlohmann::json& body, Lang lang,
                 std::function<void(const WriteResult&)> done);
void update_unit(std::int64_t id, const nlohmann::json& body, Lang lang,
                 std::function<void(const WriteResult&)> done);

}  // namespace anskaffa::web::api
