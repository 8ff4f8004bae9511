#include "server/http/validation_context.h"

#include <ctime>

#include "server/store/catalog.h"
#include "server/store/units.h"
#include "shared/catalog_rules.h"

namespace anskaffa::http {

Date local_date(std::int64_t unix_seconds) {
  const auto time = static_cast<std::time_t>(unix_seconds);
  std::tm local{};
  localtime_r(&time, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

ValidationContext validation_context(store::Connection& connection, Date reference_date,
                                     Lang lang) {
  ValidationContext context;
  context.reference_date = reference_date;
  for (store::Unit& unit : store::list_units(connection)) {
    context.units.push_back(UnitRef{unit.id, std::move(unit.name), std::move(unit.school_form)});
  }
  // What a request may name or register usage of: the entries that are approved.
  for (store::CatalogName& entry : store::list_catalog_names(connection)) {
    if (is_approved(entry.status)) {
      context.catalog.push_back(CatalogRef{entry.id, std::move(entry.name)});
    }
  }
  context.lang = lang;
  return context;
}

}  // namespace anskaffa::http
