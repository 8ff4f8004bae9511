// The drafts kept on this device (SPEC 6): read at start, saved within a second of every edit
// and when the page is hidden, listed on the home screen, opened, deleted, exported and
// imported. Storage is the browser's IndexedDB (web/platform/storage.h); the draft on the form
// is the one in state.form, and its record in the list follows it on every save.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "shared/texts.h"
#include "web/app.h"
#include "web/platform/draft_files.h"
#include "web/platform/platform.h"
#include "web/platform/storage.h"

namespace anskaffa::web {
namespace {

// Under a second from an edit to storage (SPEC 6), counting the write itself; typing without
// a pause still saves this often rather than waiting for the pause.
constexpr double kSaveDelay = 600;
// An exported file larger than this is not a draft of ours.
constexpr std::size_t kMaxImportSize = 1024 * 1024;

std::string storage_key(const std::string& id) { return kDraftKeyPrefix + id; }

std::string dump(const nlohmann::json& value) {
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void sort_newest_first(std::vector<DraftRecord>& list) {
  std::stable_sort(list.begin(), list.end(), [](const DraftRecord& a, const DraftRecord& b) {
    return a.updated_at > b.updated_at;
  });
}

DraftRecord* find_record(App& state, const std::string& id) {
  for (DraftRecord& record : state.drafts.list)
    if (record.id == id) return &record;
  return nullptr;
}

void store(App& state, DraftRecord record) {
  storage_put(storage_key(record.id), dump(record_to_json(record)));
  if (DraftRecord* known = find_record(state, record.id)) {
    *known = std::move(record);
  } else {
    state.drafts.list.push_back(std::move(record));
  }
  sort_newest_first(state.drafts.list);
}

}  // namespace

void load_drafts(App& state) {
  storage_on_page_hidden([&state] {
    if (state.drafts.save_scheduled) save_draft_now(state);
  });
  storage_read(kDraftKeyPrefix, [&state](bool, const StorageRecords& records) {
    Drafts& drafts = state.drafts;
    for (const auto& [key, saved] : records) {
      auto record = record_from_json(nlohmann::json::parse(saved, nullptr, false));
      if (!record || record->id.empty() || find_record(state, record->id)) continue;
      drafts.list.push_back(std::move(*record));
    }
    sort_newest_first(drafts.list);
    drafts.loaded = true;
    if (!drafts.list.empty()) request_redraw();
    send_queue(state);  // a queue left by the last visit goes as soon as it can
  });
}

void save_draft_now(App& state) {
  Drafts& drafts = state.drafts;
  drafts.save_scheduled = false;
  RequestFormState& form = state.form;
  if (!form.started || form.completing()) return;  // a completion is the server's, not a draft
  if (drafts.current.empty()) drafts.current = random_uuid();
  DraftRecord record;
  record.id = drafts.current;
  record.owner = state.user ? state.user->id : 0;
  if (const DraftRecord* known = find_record(state, record.id)) record.queued = known->queued;
  record.draft = form.draft;
  record.step = form.step;
  record.updated_at = now_ms();
  drafts.saved_at = record.updated_at;
  store(state, std::move(record));
}

void draft_changed(App& state) {
  state.form.check_due = true;
  Drafts& drafts = state.drafts;
  if (!state.form.started || state.form.completing() || drafts.save_scheduled) return;
  drafts.save_scheduled = true;
  wake_after(kSaveDelay, [&state] {
    if (state.drafts.save_scheduled) save_draft_now(state);
  });
}

void new_draft(App& state) {
  if (state.drafts.save_scheduled) save_draft_now(state);
  state.form = RequestFormState{};
  state.drafts.current.clear();
  state.drafts.saved_at = 0;
  open_screen(state, Screen::request_form);  // starts the draft
}

void open_draft(App& state, const std::string& id) {
  const DraftRecord* record = find_record(state, id);
  if (!record || record->queued) return;  // a queued draft is the server's to answer now
  if (state.drafts.save_scheduled) save_draft_now(state);
  RequestFormState form;
  form.draft = record->draft;
  form.started = true;
  form.step = std::clamp(record->step, 0, kSummaryStep);
  for (int step = 0; step < form.step; ++step) form.left[static_cast<std::size_t>(step)] = true;
  state.form = std::move(form);
  state.drafts.current = id;
  state.drafts.saved_at = record->updated_at;
  state.form.check_due = true;
  open_screen(state, Screen::request_form);
}

void delete_draft(App& state, const std::string& id) {
  Drafts& drafts = state.drafts;
  storage_delete(storage_key(id));
  std::erase_if(drafts.list, [&id](const DraftRecord& record) { return record.id == id; });
  drafts.confirm_delete.clear();
  if (drafts.current == id) {
    drafts.current.clear();
    drafts.saved_at = 0;
    drafts.save_scheduled = false;
    state.form = RequestFormState{};
  }
}

void export_draft(App& state) {
  if (!state.form.started) return;
  save_draft_now(state);
  const DraftRecord* record = find_record(state, state.drafts.current);
  if (!record) return;
  std::string name = record_title(*record);
  // A file name from what the user typed: letters and digits kept, the rest made dashes.
  std::string file;
  for (char c : name.substr(0, 40)) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    file += plain ? c : '-';
  }
  if (file.empty()) file = "utkast";
  download_text_file("anskaffa-" + file + ".json", dump(record_to_json(*record)),
                     "application/json");
}

void import_draft(App& state) {
  const Lang lang = state.lang;
  choose_text_file(".json,application/json", [&state, lang](bool ok, const std::string& content) {
    Drafts& drafts = state.drafts;
    std::optional<DraftRecord> record;
    if (ok && content.size() <= kMaxImportSize) {
      record = record_from_json(nlohmann::json::parse(content, nullptr, false));
    }
    if (!record) {
      drafts.message = text(lang, "drafts.import_failed");
      drafts.message_is_error = true;
      return;
    }
    // A new draft on this device: its own id and Idempotency-Key, never sent by itself.
    record->id = random_uuid();
    record->draft.renew_idempotency_key();
    record->queued = false;
    record->updated_at = now_ms();
    record->owner = state.user ? state.user->id : 0;
    const std::string title = record_title(*record);
    store(state, std::move(*record));
    drafts.message =
        format_text(lang, "drafts.imported",
                    {{"name", title.empty() ? std::string(text(lang, "drafts.untitled")) : title}});
    drafts.message_is_error = false;
  });
}

}  // namespace anskaffa::web
