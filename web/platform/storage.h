// The browser's persistent storage for what must survive a reload, a closed browser and a lost
// network (SPEC 6): records of JSON text by key, in IndexedDB. Persistent storage is asked
// for once (navigator.storage.persist()), so the browser does not evict drafts under storage
// pressure. Every call answers later, from the browser's event loop; no redraw follows by itself.
// Calls are carried out in the order they were made.
#pragma once

#include <functional>
#include <map>
#include <string>

namespace anskaffa::web {

// Opens the database and asks for persistent storage; the first call of any other function
// waits for it.
void storage_init();

using StorageDone = std::function<void(bool ok)>;
using StorageRecords = std::map<std::string, std::string, std::less<>>;

// Writes the record `key` (its value is JSON text).
void storage_put(const std::string& key, const std::string& value, StorageDone done = {});
void storage_delete(const std::string& key, StorageDone done = {});
// Every record whose key begins with `prefix`.
void storage_read(const std::string& prefix,
                  std::function<void(bool ok, const StorageRecords& records)> done);

// Called when the page is hidden or closed (visibilitychange, pagehide): the last chance to
// start a save, since a hidden page may never run another timer.
void storage_on_page_hidden(std::function<void()> save);

}  // namespace anskaffa::web
