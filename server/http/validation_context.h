// The context the server validates a request in (SPEC 3.1): its own date, the units it
// stores, and the approved entries of its catalogue.
#pragma once

#include <cstdint>

#include "server/store/database.h"
#include "shared/date.h"
#include "shared/lang.h"
#include "shared/validate.h"

namespace anskaffa::http {

// The calendar date at unix_seconds in the server's local time zone.
Date local_date(std::int64_t unix_seconds);

ValidationContext validation_context(store::Connection& connection, Date reference_date, Lang lang);

}  // namespace anskaffa::http
