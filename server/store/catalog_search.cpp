#include "server/store/catalog_search.h"

#include "server/store/agreements.h"
#include "server/store/conditions.h"
#include "shared/agreements.h"
#include "shared/date.h"

namespace anskaffa::store {
namespace {

constexpr const char* item_columns =
    "e.id, e.name, e.supplier_name, e.supplier_org_number, e.website_url, e.description,"
    " e.resource_type, e.grade_levels, e.personal_data, e.status, e.conditions, e.reason,"
    " e.decided_at, e.dpa_agreement_id, e.service_agreement_id, e.request_id, e.created_at,"
    " e.updated_at, d.reference, d.valid_until, d.id, d.kind, d.valid_from, d.terminated,"
    " d.terminated_on, s.reference,"
    " (SELECT count(*) FROM catalog_units u WHERE u.catalog_id = e.id"
    " AND (u.ended IS NULL OR u.ended > ?5))";

constexpr const char* joins =
    " LEFT JOIN agreements d ON d.id = e.dpa_agreement_id"
    " LEFT JOIN agreements s ON s.id = e.service_agreement_id";

std::optional<std::string> optional_text(const Statement& row, int index) {
  if (row.column_is_null(index)) return std::nullopt;
  return row.column_text(index);
}

// Whether the entry's DPA is out of force today, by the core's rule (valid_on: a termination
// takes effect on its date), as agreement_valid_on decides it for the workflow. An entry that
// names a DPA the register lacks counts as having none in force.
bool dpa_expired(const Statement& row, const CatalogRecord& entry,
                 const std::optional<Date>& today) {
  if (!entry.dpa_agreement_id) return false;
  if (row.column_is_null(20) || !today) return true;
  AgreementRecord dpa;
  dpa.kind = row.column_text(21);
  dpa.valid_from = row.column_text(22);
  dpa.valid_until = row.column_text(19);
  dpa.terminated = row.column_int64(23) != 0;
  dpa.terminated_on = optional_text(row, 24);
  // A legacy row terminated without a date counts from its start, as find_agreement reads it.
  if (dpa.terminated && !dpa.terminated_on) dpa.terminated_on = dpa.valid_from;
  return dpa.kind != "dpa" || !valid_on(period_of(dpa), *today);
}

CatalogListItem read_item(const Statement& row, const std::optional<Date>& today) {
  CatalogListItem item;
  item.entry = read_catalog_entry(row);
  item.dpa_reference = optional_text(row, 18);
  item.dpa_valid_until = optional_text(row, 19);
  item.dpa_expired = dpa_expired(row, item.entry, today);
  item.service_agreement_reference = optional_text(row, 25);
  item.unit_count = row.column_int64(26);
  return item;
}

Conditions catalog_conditions(const CatalogQuery& query) {
  Conditions where;
  if (query.match) where.add("catalog_search MATCH ?").value(*query.match);
  if (query.grade) {
    where.add("EXISTS (SELECT 1 FROM json_each(e.grade_levels) g WHERE g.value = ?)")
        .value(*query.grade);
  }
  if (query.type) where.add("e.resource_type = ?").value(*query.type);
  if (query.status) where.add("e.status = ?").value(*query.status);
  return where;
}

CatalogPage read_catalog_page(Connection& connection, const CatalogQuery& query) {
  // Two steps, so that a search matching thousands of entries stays fast (bench/RESULTS.md):
  // the page's ids are found and sorted from the index and the entries' names alone, and only
  // those few ids are then read with their agreements and units. Reading those for every match
  // before sorting cost a join, two agreement lookups and a count per match.
  // With a search, the index drives the query and ranks it; without, the name index sorts it.
  const std::string from =
      query.match ? " FROM catalog_search JOIN catalog_entries e ON e.id = catalog_search.rowid"
                  : " FROM catalog_entries e";
  const Conditions where = catalog_conditions(query);
  const char* order = query.match ? " ORDER BY bm25(catalog_search), e.name COLLATE NOCASE, e.id"
                                  : " ORDER BY e.name COLLATE NOCASE, e.id";
  const bool filtered = query.grade || query.type || query.status;
  CatalogPage page;
  {
    // Unfiltered, the index counts its matches itself; the triggers keep it one row per entry.
    const bool index_counts = query.match && !filtered;
    Conditions match_only;
    if (index_counts) match_only.add("catalog_search MATCH ?").value(*query.match);
    const Conditions& counted = index_counts ? match_only : where;
    auto count = connection.prepare("SELECT count(*)" +
                                    (index_counts ? std::string(" FROM catalog_search") : from) +
                                    counted.sql());
    counted.bind(count);
    count.step();
    page.total = count.column_int64(0);
  }
  std::vector<std::int64_t> ids;
  {
    auto found =
        connection.prepare("SELECT e.id" + from + where.sql() + order + " LIMIT ? OFFSET ?");
    const int next = where.bind(found);
    found.bind(next, query.per_page).bind(next + 1, (query.page - 1) * query.per_page);
    while (found.step()) ids.push_back(found.column_int64(0));
  }
  auto row = connection.prepare(std::string("SELECT ") + item_columns + " FROM catalog_entries e" +
                                joins + " WHERE e.id = ?1");
  const std::optional<Date> today = parse_date(query.today);
  for (const std::int64_t id : ids) {
    row.bind(1, id);
    row.bind(5, std::string_view(query.today));
    if (row.step()) page.items.push_back(read_item(row, today));
    row.reset();
  }
  return page;
}

}  // namespace

// One snapshot: the total and the page agree even while the catalogue changes.
CatalogPage search_catalog(Connection& connection, const CatalogQuery& query) {
  return connection.read_transaction([&] { return read_catalog_page(connection, query); });
}

}  // namespace anskaffa::store
