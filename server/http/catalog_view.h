// The catalogue in the API's shapes (SPEC 8): the list item (fixed: id, name, supplier_name,
// resource_type, grade_levels, status, dpa_valid_until, unit_count; with dpa_expired and
// conditions added) and the whole entry with its agreements and units.
#pragma once

#include <nlohmann/json.hpp>

#include "server/store/catalog.h"
#include "server/store/catalog_search.h"
#include "server/store/database.h"
#include "shared/date.h"

namespace anskaffa::http {

nlohmann::json catalog_list_item(const store::CatalogListItem& item);

// Every field of the entry (grade_levels and personal_data as JSON), decided_on, the deciding
// request's case_number, dpa and service_agreement as {id, reference, valid_from, valid_until,
// valid, expired} or null, dpa_expired, and units [{unit_id, unit_name, register_holder_name,
// register_holder_email, system_admin_name, system_admin_email, since, ended}].
nlohmann::json catalog_entry_view(store::Connection& connection, const store::CatalogRecord& entry,
                                  const Date& today);

}  // namespace anskaffa::http
