// A draft as the browser keeps it (SPEC 6): the draft itself with its Idempotency-Key, the
// form version it was written against, where the user was in the form, when it was last
// saved and whether it waits to be sent. The same JSON is the exported file.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "shared/form.h"
#include "web/draft/draft.h"

namespace anskaffa::web {

inline constexpr const char* kDraftKeyPrefix = "draft.";  // storage keys: "draft.<id>"
inline constexpr const char* kDraftFormat = "anskaffa-draft";

struct DraftRecord {
  std::string id;  // a UUID, made on this device; an imported draft gets a new one
  int form_version = anskaffa::form_version;
  Draft draft;
  int step = 0;           // the form's step when it was saved
  double updated_at = 0;  // the browser's clock, milliseconds since 1970
  bool queued = false;    // submitted; sent when the network and a session allow
  // The user who wrote it (their id): on a shared computer another user neither sees it nor
  // sends it under their own name. 0 for a draft from before owners were kept.
  std::int64_t owner = 0;
};

// Whether the user with this id may see, continue and send the draft.
inline bool belongs_to(const DraftRecord& record, std::int64_t user_id) {
  return record.owner == 0 || record.owner == user_id;
}

// {format, id, owner, form_version, step, updated_at, queued, draft: {...}, body: {...}}. The body
// is what would be submitted, for a reader of an exported file; reading ignores it.
nlohmann::json record_to_json(const DraftRecord& record);
// nullopt when `saved` is not a draft record. A draft of an older form version is read into
// today's form (Draft::from_json) and takes today's version.
std::optional<DraftRecord> record_from_json(const nlohmann::json& saved);

// The resource's name as typed, trimmed; "" while there is none.
std::string record_title(const DraftRecord& record);

}  // namespace anskaffa::web
