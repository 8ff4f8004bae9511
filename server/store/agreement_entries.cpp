#include "server/store/agreement_entries.h"

#include <nlohmann/json.hpp>

namespace anskaffa::store {
namespace {

// The catalogue column an agreement of kind fills. Both are fixed text, never user input.
std::string link_column(const std::string& kind) {
  return kind == "dpa" ? "dpa_agreement_id" : "service_agreement_id";
}

}  // namespace

std::vector<CoveredEntry> covered_entries(Connection& connection, std::int64_t agreement_id) {
  auto query = connection.prepare(
      "SELECT id, name FROM catalog_entries WHERE dpa_agreement_id = ?1"
      " OR service_agreement_id = ?1"
      " OR id IN (SELECT catalog_id FROM agreement_entries WHERE agreement_id = ?1)"
      " ORDER BY name COLLATE NOCASE, id");
  query.bind(1, agreement_id);
  std::vector<CoveredEntry> entries;
  while (query.step()) entries.push_back({query.column_int64(0), query.column_text(1)});
  return entries;
}

std::vector<std::int64_t> unknown_catalog_ids(Connection& connection,
                                              const std::vector<std::int64_t>& ids) {
  std::vector<std::int64_t> unknown;
  auto query = connection.prepare("SELECT 1 FROM catalog_entries WHERE id = ?1");
  for (const std::int64_t id : ids) {
    query.reset();
    query.bind(1, id);
    if (!query.step()) unknown.push_back(id);
  }
  return unknown;
}

std::vector<EntryLink> cover_entries(Connection& connection, std::int64_t agreement_id,
                                     const std::string& kind,
                                     const std::vector<std::int64_t>& catalog_ids,
                                     std::int64_t now) {
  const std::string column = link_column(kind);
  const std::string wanted = nlohmann::json(catalog_ids).dump();
  std::vector<EntryLink> changes;

  // Entries that lose the agreement.
  auto dropped = connection.prepare("SELECT id FROM catalog_entries WHERE " + column +
                                    " = ?1 AND id NOT IN (SELECT value FROM json_each(?2))");
  dropped.bind(1, agreement_id).bind(2, wanted);
  while (dropped.step()) changes.push_back({dropped.column_int64(0), agreement_id, std::nullopt});
  connection
      .prepare("UPDATE catalog_entries SET " + column + " = NULL, updated_at = ?3 WHERE " + column +
               " = ?1 AND id NOT IN (SELECT value FROM json_each(?2))")
      .bind(1, agreement_id)
      .bind(2, wanted)
      .bind(3, now)
      .run();

  connection.prepare("DELETE FROM agreement_entries WHERE agreement_id = ?1")
      .bind(1, agreement_id)
      .run();
  auto insert = connection.prepare(
      "INSERT OR IGNORE INTO agreement_entries (agreement_id, catalog_id) VALUES (?1, ?2)");
  auto current = connection.prepare("SELECT " + column + " FROM catalog_entries WHERE id = ?1");
  auto link = connection.prepare("UPDATE catalog_entries SET " + column +
                                 " = ?1, updated_at = ?3 WHERE id = ?2");
  for (const std::int64_t catalog_id : catalog_ids) {
    insert.bind(1, agreement_id).bind(2, catalog_id);
    insert.run();
    current.reset();
    current.bind(1, catalog_id);
    if (!current.step()) continue;
    const auto before = current.column_optional_int64(0);
    if (before == agreement_id) continue;  // already linked, or an id listed twice
    link.bind(1, agreement_id).bind(2, catalog_id).bind(3, now);
    link.run();
    changes.push_back({catalog_id, before, agreement_id});
  }
  return changes;
}

}  // namespace anskaffa::store
