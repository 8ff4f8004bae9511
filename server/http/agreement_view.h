// Agreements as the register's API answers them: the list item (status and days left as the
// core reckons them today, the resources covered, the current PDF, the request it came from)
// and the whole agreement (the item with every period and every PDF).
#pragma once

#include <optional>

#include <nlohmann/json.hpp>

#include "server/store/agreements.h"
#include "server/store/database.h"
#include "shared/date.h"

namespace anskaffa::http {

nlohmann::json agreement_item(store::Connection& connection,
                              const store::AgreementRecord& agreement, const Date& today);
nlohmann::json agreement_view(store::Connection& connection,
                              const store::AgreementRecord& agreement, const Date& today);

}  // namespace anskaffa::http
