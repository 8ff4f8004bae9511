// The app's files. A path is taken apart into segments and refused if any could step outside
// the web root (".." or "." segments, dotfiles, backslashes, NUL); what remains is resolved,
// symlinks included, and served only if it is still a regular file inside the root. The build
// writes a brotli (.br) and a gzip (.gz) copy beside each of the app's files; a client that
// takes one of those encodings gets the copy, a fraction of the bytes.
#include <algorithm>
#include <array>
#include <cctype>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "server/http/errors.h"
#include "server/http/routes.h"

namespace anskaffa::http {
namespace {

namespace fs = std::filesystem;

struct MimeType {
  std::string_view extension;
  std::string_view type;
};

constexpr std::array mime_types = {
    MimeType{".html", "text/html; charset=utf-8"},
    MimeType{".js", "text/javascript; charset=utf-8"},
    MimeType{".mjs", "text/javascript; charset=utf-8"},
    MimeType{".wasm", "application/wasm"},
    MimeType{".json", "application/json"},
    MimeType{".webmanifest", "application/manifest+json"},
    MimeType{".css", "text/css; charset=utf-8"},
    MimeType{".svg", "image/svg+xml"},
    MimeType{".png", "image/png"},
    MimeType{".ico", "image/x-icon"},
    MimeType{".otf", "font/otf"},
    MimeType{".ttf", "font/ttf"},
    MimeType{".woff2", "font/woff2"},
    MimeType{".txt", "text/plain; charset=utf-8"},
};

std::string_view mime_type(const fs::path& file) {
  const std::string extension = file.extension().string();
  for (const MimeType& mime : mime_types) {
    if (mime.extension == extension) return mime.type;
  }
  return "application/octet-stream";
}

// The file below the root that a URL path names, as a relative path; nothing if the path may
// not be served.
std::optional<fs::path> relative_file(std::string_view url_path) {
  if (!url_path.starts_with('/')) return std::nullopt;
  if (url_path.find_first_of(std::string_view("\\\0", 2)) != std::string_view::npos) {
    return std::nullopt;
  }
  std::string path(url_path.substr(1));
  if (path.empty() || path.ends_with('/')) path += "index.html";
  fs::path relative;
  std::string_view rest = path;
  while (true) {
    const auto slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    // Empty segments ("a//b") and dotted ones ("..", ".", ".git") are refused outright.
    if (segment.empty() || segment.starts_with('.')) return std::nullopt;
    relative /= std::string(segment);
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return relative;
}

// The canonical path of the file, if it exists, is a regular file, and lies inside root.
std::optional<fs::path> resolve_inside(const fs::path& root, const fs::path& relative) {
  std::error_code error;
  const fs::path resolved = fs::canonical(root / relative, error);
  if (error || !fs::is_regular_file(resolved, error) || error) return std::nullopt;
  const auto [root_end, ignored] =
      std::mismatch(root.begin(), root.end(), resolved.begin(), resolved.end());
  if (root_end != root.end()) return std::nullopt;
  return resolved;
}

struct Encoding {
  std::string_view token;   // in Accept-Encoding and Content-Encoding
  std::string_view suffix;  // of the compressed copy's file name
};

// The smallest first.
constexpr std::array encodings = {Encoding{"br", ".br"}, Encoding{"gzip", ".gz"}};

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool same_token(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// Whether Accept-Encoding names the token with a weight above zero ("br;q=0" refuses it). A
// wildcard is not taken: the browsers that matter name br and gzip.
bool accepts(std::string_view accept_encoding, std::string_view token) {
  while (!accept_encoding.empty()) {
    const auto comma = accept_encoding.find(',');
    const std::string_view item = accept_encoding.substr(0, comma);
    accept_encoding.remove_prefix(comma == std::string_view::npos ? accept_encoding.size()
                                                                  : comma + 1);
    const auto semicolon = item.find(';');
    if (!same_token(trim(item.substr(0, semicolon)), token)) continue;
    if (semicolon == std::string_view::npos) return true;
    const std::string_view weight = trim(item.substr(semicolon + 1));
    if (!weight.starts_with("q=")) return true;
    // q=0, q=0.0, q=0.000: refused; any other digit makes it welcome.
    return weight.substr(2).find_first_of("123456789") != std::string_view::npos;
  }
  return false;
}

struct Compressed {
  fs::path file;
  std::string_view encoding;
};

// The compressed copy of the file to send, if the client takes its encoding. Only a copy newer
// than its file is sent, as the build makes them: one that is not may be of an earlier version
// (a file edited or copied after the build; file times are coarse, so a copy made in the same
// tick as an edit has the same time, and is not trusted either).
std::optional<Compressed> compressed_copy(const fs::path& root, const fs::path& relative,
                                          const fs::path& file, std::string_view accept_encoding,
                                          bool& has_copy) {
  std::error_code error;
  const auto modified = fs::last_write_time(file, error);
  if (error) return std::nullopt;
  for (const Encoding& encoding : encodings) {
    fs::path name = relative;
    name += encoding.suffix;
    const auto copy = resolve_inside(root, name);
    if (!copy) continue;
    has_copy = true;
    const auto copy_modified = fs::last_write_time(*copy, error);
    if (error || copy_modified <= modified) continue;
    if (accepts(accept_encoding, encoding.token)) return Compressed{*copy, encoding.token};
  }
  return std::nullopt;
}

bool always_revalidate(const fs::path& file) {
  // The shell and the service worker decide which version of the app runs: never stale.
  const std::string name = file.filename().string();
  return name == "index.html" || name == "sw.js";
}

// The file as the answer, or its compressed copy when the client takes one.
void send_file(httplib::Response& response, const httplib::Request& request, const fs::path& root,
               const fs::path& relative, const fs::path& file) {
  bool has_copy = false;
  const auto compressed =
      compressed_copy(root, relative, file, request.get_header_value("Accept-Encoding"), has_copy);
  // A cache must not give one client's encoding to another.
  if (has_copy) response.set_header("Vary", "Accept-Encoding");
  if (compressed) {
    response.set_header("Content-Encoding", std::string(compressed->encoding));
    response.set_file_content(compressed->file.string(), std::string(mime_type(file)));
    return;
  }
  response.set_file_content(file.string(), std::string(mime_type(file)));
}

}  // namespace

void add_static_files(httplib::Server& server, const RouteTable& routes, App& app) {
  server.Get(R"(/.*)",
             [&routes, &app](const httplib::Request& request, httplib::Response& response) {
               if (request.path.starts_with("/api/") || request.path == "/api") {
                 answer_unrouted(routes, request, response);
                 return;
               }
               const auto relative = relative_file(request.path);
               const auto file = relative ? resolve_inside(app.web_root, *relative) : std::nullopt;
               if (!file) {
                 send_error(response, request, 404);
                 return;
               }
               if (always_revalidate(*file)) response.set_header("Cache-Control", "no-cache");
               send_file(response, request, app.web_root, *relative, *file);
             });
}

}  // namespace anskaffa::http
