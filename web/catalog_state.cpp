// The intents behind the catalogue: its search as you type, filters and paging, an entry's
// page, and the approved entries offered while a request's resource name is typed. Each asks
// the server and puts its answer in the app's state; the screens draw from that state only.
#include <algorithm>

#include "shared/catalog_rules.h"
#include "shared/texts.h"
#include "shared/utf8.h"
#include "web/app.h"
#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

// Long enough that a word typed at a normal pace is one search, short enough to feel live.
constexpr double kTypingPause = 250;
constexpr std::size_t kSuggestionMinLength = 3;
constexpr std::size_t kSuggestionCount = 5;

// Sends the list's query; `append` keeps the rows shown (the next page), otherwise the answer
// replaces them. Only the answer to the latest question is kept.
void ask_catalog(App& state, bool append) {
  CatalogList& list = state.catalog;
  const unsigned asked = ++list.asked;
  list.status = Loading::loading;
  api::fetch_catalog(
      list.query, state.lang, [&state, asked, append](const api::CatalogListResult& result) {
        CatalogList& answered = state.catalog;
        if (answered.asked != asked) return;  // a newer search was sent since
        if (result.status != 200) {
          answered.status = Loading::failed;
          return;
        }
        if (!append) answered.items.clear();
        answered.items.insert(answered.items.end(), result.items.begin(), result.items.end());
        answered.total = result.total;
        answered.status = Loading::loaded;
      });
}

bool offered(const api::CatalogItem& item) { return is_approved(item.status); }

// Offline, the snapshot kept at sign-in stands in for the server's search: entries whose name
// or supplier holds every word typed, compared without case.
void suggest_from_snapshot(App& state, const std::string& name) {
  CatalogSuggestions& suggestions = state.suggestions;
  const std::vector<std::string> words = search_words(fold_case(name));
  suggestions.items.clear();
  for (const api::CatalogItem& item : state.catalog_snapshot) {
    if (!offered(item)) continue;
    const std::string haystack = fold_case(item.name + " " + item.supplier_name);
    const bool all = std::all_of(words.begin(), words.end(), [&haystack](const std::string& w) {
      return haystack.find(w) != std::string::npos;
    });
    if (!all || words.empty()) continue;
    suggestions.items.push_back(item);
    if (suggestions.items.size() == kSuggestionCount) break;
  }
  suggestions.answer = name;
}

void ask_suggestions(App& state, const std::string& name) {
  if (!is_online()) return suggest_from_snapshot(state, name);
  // The server's search, not the app's own matching: the same words find the same entries in
  // the catalogue screen and here. A page of 20 leaves room for the entries not offered.
  api::CatalogQuery query{.text = name, .per_page = 20};
  api::fetch_catalog(query, state.lang, [&state, name](const api::CatalogListResult& result) {
    CatalogSuggestions& suggestions = state.suggestions;
    if (suggestions.typed != name) return;
    if (result.status == 0) return suggest_from_snapshot(state, name);
    if (result.status != 200) return;
    suggestions.items.clear();
    for (const api::CatalogItem& item : result.items) {
      if (!offered(item)) continue;
      suggestions.items.push_back(item);
      if (suggestions.items.size() == kSuggestionCount) break;
    }
    suggestions.answer = name;
  });
}

// The entry's own facts (website, organisation number, description) become the draft's
// answers where the user has given none; what they typed is never overwritten.
void fill_from_entry(App& state, std::int64_t id) {
  api::fetch_catalog_entry(id, state.lang, [&state, id](const api::CatalogEntryResult& result) {
    Draft& draft = state.form.draft;
    if (result.status != 200 || draft.typed("catalog_id") != std::to_string(id)) return;
    const auto fill = [&draft](std::string_view key, const std::string& value) {
      if (!value.empty() && trim(draft.typed(key)).empty()) draft.typed(key) = value;
    };
    fill("website_url", result.entry.website_url);
    fill("supplier_org_number", result.entry.supplier_org_number);
    fill("description", result.entry.description);
    draft_changed(state);
  });
}

}  // namespace

void load_catalog(App& state) {
  state.catalog.query.page = 1;
  ask_catalog(state, false);
}

void search_catalog_now(App& state) {
  CatalogList& list = state.catalog;
  ++list.typing;  // a pending pause has nothing left to do
  list.query.text = std::string(trim(list.typed));
  load_catalog(state);
}

void catalog_search_typed(App& state) {
  const unsigned typing = ++state.catalog.typing;
  wake_after(kTypingPause, [&state, typing] {
    if (state.catalog.typing != typing) return;  // typed again since: wait for that pause
    search_catalog_now(state);
  });
}

void load_more_catalog(App& state) {
  CatalogList& list = state.catalog;
  if (list.status == Loading::loading) return;
  list.query.page = static_cast<int>(list.items.size()) / list.query.per_page + 1;
  ask_catalog(state, true);
}

void open_catalog_entry(App& state, std::int64_t id) {
  CatalogEntryPage& page = state.catalog_entry;
  if (page.id != id) page = CatalogEntryPage{};
  page.id = id;
  page.status = Loading::loading;
  open_screen(state, Screen::catalog_entry);
  const Lang lang = state.lang;
  api::fetch_catalog_entry(id, lang, [&state, id, lang](const api::CatalogEntryResult& result) {
    CatalogEntryPage& answered = state.catalog_entry;
    if (answered.id != id) return;  // the user has moved on to another entry
    if (result.status == 200) {
      answered.entry = result.entry;
      answered.status = Loading::loaded;
      answered.error.clear();
    } else {
      answered.status = Loading::failed;
      answered.error = result.status == 0       ? std::string(text(lang, "request.offline"))
                       : result.message.empty() ? "HTTP " + std::to_string(result.status)
                                                : result.message;
    }
  });
}

void resource_name_typed(App& state) {
  CatalogSuggestions& suggestions = state.suggestions;
  const std::string name(trim(state.form.draft.typed("resource_name")));
  if (name == suggestions.typed) return;
  suggestions.typed = name;
  const unsigned typing = ++suggestions.typing;
  if (code_point_count(name) < kSuggestionMinLength) {
    suggestions.items.clear();
    suggestions.answer.clear();
    return;
  }
  wake_after(kTypingPause, [&state, typing, name] {
    if (state.suggestions.typing != typing) return;
    ask_suggestions(state, name);
  });
}

void use_catalog_entry(App& state, const api::CatalogItem& item) {
  Draft& draft = state.form.draft;
  // The core makes a request with a catalog_id a usage registration (request_kind()); what
  // the catalogue already knows about the resource is filled in as its answers.
  draft.typed("catalog_id") = std::to_string(item.id);
  draft.typed("resource_name") = item.name;
  draft.typed("supplier_name") = item.supplier_name;
  if (!item.resource_type.empty()) draft.choose("resource_type", item.resource_type);
  if (!item.grade_levels.empty() && draft.chosen("grade_levels").is_null()) {
    draft.choose("grade_levels", item.grade_levels);
  }
  state.form.touched.insert("resource_name");
  fill_from_entry(state, item.id);
  state.suggestions.typed = item.name;  // the name now set is no new search
  state.suggestions.items.clear();
  state.suggestions.answer.clear();
  draft_changed(state);
  check_draft_if_due(state);
}

}  // namespace anskaffa::web
