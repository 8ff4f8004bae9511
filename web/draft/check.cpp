#include "web/draft/check.h"

#include "shared/date.h"
#include "web/platform/platform.h"

namespace anskaffa::web {

Assessment check_draft(const Draft& draft, const std::vector<UnitRef>& units, Lang lang) {
  ValidationContext context;
  // Asked at every check rather than once: a form left open overnight is judged by today.
  if (auto today = parse_date(local_today())) context.reference_date = *today;
  context.units = units;
  context.lang = lang;
  return assess(draft.body(), context);
}

}  // namespace anskaffa::web
