#include "server/http/request_log.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "server/http/client_address.h"
#include "server/http/exchange.h"
#include "server/http/httplib_config.h"

namespace anskaffa::http {

std::string escape_for_log(std::string_view text) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string result;
  result.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\\') {
      result += "\\\\";
    } else if (byte >= 0x20 && byte < 0x7f) {
      result += c;
    } else {
      result += "\\x";
      result += hex[byte >> 4];
      result += hex[byte & 0x0f];
    }
  }
  return result;
}

std::string route_pattern(std::string_view path) {
  std::string pattern;
  std::size_t start = 0;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    const auto end = slash == std::string_view::npos ? path.size() : slash;
    const std::string_view segment = path.substr(start, end - start);
    const bool numeric =
        !segment.empty() && segment.find_first_not_of("0123456789") == std::string_view::npos;
    pattern += numeric ? std::string_view(":id") : segment;
    if (slash == std::string_view::npos) break;
    pattern += '/';
    start = slash + 1;
  }
  return pattern;
}

std::string request_log_line(std::string_view remote_addr, std::string_view method,
                             std::string_view path, int status, double milliseconds,
                             std::int64_t user_id) {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &utc);
  char duration[32];
  std::snprintf(duration, sizeof duration, "%.1fms", milliseconds);

  std::string line = stamp;
  line += ' ';
  line += user_id > 0 ? "user=" + std::to_string(user_id) : std::string("user=-");
  line += ' ';
  line += remote_addr.empty() ? "-" : escape_for_log(remote_addr);
  line += ' ';
  line += method.empty() ? "-" : escape_for_log(method);
  line += ' ';
  line += path.empty() ? "-" : escape_for_log(path);
  line += ' ';
  line += std::to_string(status);
  line += ' ';
  line += duration;
  line += '\n';
  return line;
}

void log_exchange(const httplib::Request& request, const httplib::Response& response) {
  const auto elapsed = std::chrono::steady_clock::now() - current_exchange().started;
  const double ms = std::chrono::duration<double, std::milli>(elapsed).count();
  const std::string address =
      request.remote_addr.empty() ? current_exchange().peer : client_address(request);
  const std::string line = request_log_line(address, request.method, route_pattern(request.path),
                                            response.status, ms, current_exchange().user_id);
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace anskaffa::http
