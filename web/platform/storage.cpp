// IndexedDB for the app (see storage.h). Implemented: one object store of string records by
// key; put, delete and a read of every record under a key prefix; a persistent-storage request.
// Not implemented: schema upgrades beyond the first version, transactions over several records
// (each call is its own transaction; IndexedDB runs read-write transactions on one store in
// the order they were created, which keeps a save and a later delete in order).
#include "web/platform/storage.h"

#include <emscripten.h>

#include <nlohmann/json.hpp>
#include <utility>

#include "web/platform/platform.h"

namespace anskaffa::web {
namespace {

struct Pending {
  StorageDone done;
  std::function<void(bool, const StorageRecords&)> read;
};

std::map<int, Pending>& pending() {
  static std::map<int, Pending> calls;
  return calls;
}

int remember(Pending call) {
  static int next_id = 1;
  const int id = next_id++;
  pending()[id] = std::move(call);
  return id;
}

// clang-format off
EM_JS(void, js_storage_open, (), {
  if (Module.anskaffaDb) return;
  Module.anskaffaDb = new Promise((resolve, reject) => {
    const request = indexedDB.open("anskaffa", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("records");
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // Best effort: a browser may refuse or ask the user; drafts are kept either way.
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persisted().then((done) => done || navigator.storage.persist())
        .catch(() => {});
  }
  // A page being hidden or closed may never run another timer: its draft is saved now.
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") _anskaffa_page_hidden();
  });
  window.addEventListener("pagehide", () => _anskaffa_page_hidden());
});

EM_JS(void, js_storage_call, (int id, int kind, const char* key_text, const char* value_text), {
  const key = UTF8ToString(key_text);
  const value = kind === 0 ? UTF8ToString(value_text) : null;
  const deliver = (ok, text) => {
    const size = lengthBytesUTF8(text) + 1;
    const pointer = _malloc(size);
    stringToUTF8(text, pointer, size);
    _anskaffa_storage_done(id, ok ? 1 : 0, pointer);
    _free(pointer);
  };
  Module.anskaffaDb.then((db) => {
    const transaction = db.transaction("records", kind === 2 ? "readonly" : "readwrite");
    const store = transaction.objectStore("records");
    const found = {};
    if (kind === 0) store.put(value, key);
    if (kind === 1) store.delete(key);
    if (kind === 2) {
      const range = IDBKeyRange.bound(key, key + "\uffff");
      store.openCursor(range).onsuccess = (event) => {
        const cursor = event.target.result;
        if (!cursor) return;
        found[cursor.key] = cursor.value;
        cursor.continue();
      };
    }
    transaction.oncomplete = () => deliver(true, JSON.stringify(found));
    transaction.onerror = () => deliver(false, "{}");
    transaction.onabort = () => deliver(false, "{}");
  }).catch(() => deliver(false, "{}"));
});
// clang-format on

void call(int kind, const std::string& key, const std::string& value, Pending pending_call) {
  storage_init();
  js_storage_call(remember(std::move(pending_call)), kind, key.c_str(), value.c_str());
}

std::function<void()>& page_hidden() {
  static std::function<void()> handler;
  return handler;
}

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_storage_done(int id, int ok, const char* text) {
  auto found = pending().find(id);
  if (found == pending().end()) return;
  Pending done = std::move(found->second);
  pending().erase(found);
  if (done.done) done.done(ok != 0);
  if (done.read) {
    StorageRecords records;
    const nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
    if (object.is_object())
      for (const auto& [key, value] : object.items())
        if (value.is_string()) records.emplace(key, value.get<std::string>());
    done.read(ok != 0, records);
  }
  // No redraw here: most answers change nothing on screen (a write, a read at start on the
  // sign-in screen), and an idle app draws nothing. A caller that shows what it read asks.
}

extern "C" EMSCRIPTEN_KEEPALIVE void anskaffa_page_hidden() {
  if (page_hidden()) page_hidden()();
}

void storage_on_page_hidden(std::function<void()> save) { page_hidden() = std::move(save); }

void storage_init() {
  static bool opened = false;
  if (opened) return;
  opened = true;
  js_storage_open();
}

void storage_put(const std::string& key, const std::string& value, StorageDone done) {
  call(0, key, value, Pending{.done = std::move(done), .read = {}});
}

void storage_delete(const std::string& key, StorageDone done) {
  call(1, key, "", Pending{.done = std::move(done), .read = {}});
}

void storage_read(const std::string& prefix,
                  std::function<void(bool ok, const StorageRecords& records)> done) {
  call(2, prefix, "", Pending{.done = {}, .read = std::move(done)});
}

}  // namespace anskaffa::web
