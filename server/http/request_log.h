// One line on standard error per exchange: time, peer, method, path, status, milliseconds.
// Method and path come from the client (percent-decoded by cpp-httplib), so every byte that is
// not printable ASCII is escaped: nobody can forge a log line with an encoded CR/LF.
#pragma once

#include <string>
#include <string_view>

namespace httplib {
struct Request;
struct Response;
}  // namespace httplib

namespace anskaffa::http {

// Printable ASCII is kept; '\\' and everything else become \\ and \xHH.
std::string escape_for_log(std::string_view text);

std::string request_log_line(std::string_view remote_addr, std::string_view method,
                             std::string_view path, int status, double milliseconds);

// Writes the line for this exchange to standard error in one call.
void log_exchange(const httplib::Request& request, const httplib::Response& response);

}  // namespace anskaffa::http
