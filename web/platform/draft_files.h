// Files the user saves and opens: a draft exported as a JSON file and imported again (SPEC 6).
// Kept minimal and apart from the rest of the platform layer until a general file picker
// joins it.
#pragma once

#include <functional>
#include <string>

namespace anskaffa::web {

// Offers `content` as a download named `file_name` (a Blob behind a temporary link).
void download_text_file(const std::string& file_name, const std::string& content,
                        const std::string& mime_type);

// Opens the browser's file chooser for one file of `accept` (e.g. ".json"); `done` gets its
// text, or ok=false when it could not be read. Nothing is called when the user cancels.
void choose_text_file(const std::string& accept,
                      std::function<void(bool ok, const std::string& text)> done);

}  // namespace anskaffa::web
