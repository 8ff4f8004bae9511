// One line on standard error per exchange: time, the signed-in user's id ("user=-" when none),
// client address (client_address.h), method, route, status and milliseconds. The route is the path
// with its numeric segments replaced by ":id", so that the log groups by endpoint; nothing else of
// the request (no query, cookie, header or body) is logged, so no password, token or identity
// number is. Method and path come from the client (percent-decoded by cpp-httplib), so every byte
// that is not printable ASCII is escaped: nobody can forge a log line with an encoded CR/LF.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace anskaffa::http {

// Printable ASCII is kept; '\\' and everything else become \\ and \xHH.
std::string escape_for_log(std::string_view text);

// "/api/v1/requests/12/attachments/3" -> "/api/v1/requests/:id/attachments/:id".
std::string route_pattern(std::string_view path);

std::string request_log_line(std::string_view remote_addr, std::string_view method,
                             std::string_view path, int status, double milliseconds,
                             std::int64_t user_id = 0);

// Writes the line for this exchange to standard error in one call.
void log_exchange(const httplib::Request& request, const httplib::Response& response);

}  // namespace anskaffa::http
