// The app's files. A path is taken apart into segments and refused if any could step outside
// the web root (".." or "." segments, dotfiles, backslashes, NUL); what remains is resolved,
// symlinks included, and served only if it is still a regular file inside the root.
#include <algorithm>
#include <array>
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

bool always_revalidate(const fs::path& file) {
  // The shell and the service worker decide which version of the app runs: never stale.
  const std::string name = file.filename().string();
  return name == "index.html" || name == "sw.js";
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
               response.set_file_content(file->string(), std::string(mime_type(*file)));
             });
}

}  // namespace anskaffa::http
