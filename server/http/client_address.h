// Where a request came from. The server sits behind a proxy on the same machine (docs/
// nginx.conf), so every connection's peer is 127.0.0.1; the proxy appends the client's real
// address to X-Forwarded-For. Without reading it, sign-in throttling per address (SPEC 8)
// would count all users as one address, and 50 failures by anyone would lock out everyone.
//
// The header is believed only from a loopback peer, i.e. from the proxy (or another program
// on the server itself); from any other peer it is ignored, so a remote client cannot choose
// its own address. Only its last entry is used: that is the one the proxy wrote, the ones
// before it are whatever the client sent.
#pragma once

#include <string>
#include <string_view>

#include "server/http/httplib_config.h"

namespace anskaffa::http {

bool is_loopback(std::string_view address);

// True when the request carries a header a proxy adds (X-Forwarded-For, Forwarded,
// X-Real-IP).
bool came_through_proxy(const httplib::Request& request);

// The client's address: the proxy's last X-Forwarded-For entry for a request from a loopback
// peer that has one (and it looks like an address), else the connection's peer.
std::string client_address(const httplib::Request& request);

}  // namespace anskaffa::http
