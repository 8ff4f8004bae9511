#include "web/draft/draft_record.h"

#include "shared/utf8.h"

namespace anskaffa::web {

nlohmann::json record_to_json(const DraftRecord& record) {
  return {{"format", kDraftFormat},
          {"id", record.id},
          {"form_version", record.form_version},
          {"step", record.step},
          {"updated_at", record.updated_at},
          {"queued", record.queued},
          {"owner", record.owner},
          {"draft", record.draft.to_json()},
          {"body", record.draft.body()}};
}

std::optional<DraftRecord> record_from_json(const nlohmann::json& saved) {
  if (!saved.is_object()) return std::nullopt;
  const auto format = saved.find("format");
  if (format == saved.end() || *format != kDraftFormat) return std::nullopt;
  const auto draft = saved.find("draft");
  if (draft == saved.end()) return std::nullopt;
  auto read = Draft::from_json(*draft);
  if (!read) return std::nullopt;
  DraftRecord record;
  record.draft = std::move(*read);
  if (auto id = saved.find("id"); id != saved.end() && id->is_string()) {
    record.id = id->get<std::string>();
  }
  if (auto step = saved.find("step"); step != saved.end() && step->is_number_integer()) {
    record.step = step->get<int>();
  }
  if (auto at = saved.find("updated_at"); at != saved.end() && at->is_number()) {
    record.updated_at = at->get<double>();
  }
  if (auto queued = saved.find("queued"); queued != saved.end() && queued->is_boolean()) {
    record.queued = queued->get<bool>();
  }
  if (auto owner = saved.find("owner"); owner != saved.end() && owner->is_number_integer()) {
    record.owner = owner->get<std::int64_t>();
  }
  // Carried to today's form: the next save records the version it is now written against.
  record.form_version = anskaffa::form_version;
  return record;
}

std::string record_title(const DraftRecord& record) {
  return std::string(trim(record.draft.typed("resource_name")));
}

}  // namespace anskaffa::web
