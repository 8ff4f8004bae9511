// The one way Anskaffa includes cpp-httplib: its compile-time limits are set here, before the
// header, so that every file (server and tests alike) sees the same definitions.
//
// Built without CPPHTTPLIB_ZLIB_SUPPORT, _BROTLI_SUPPORT and _OPENSSL_SUPPORT on purpose: a
// request body is never decompressed (a small gzip body could inflate a hundredfold), and TLS
// ends at the reverse proxy in front of the server.
#pragma once

// A request line, and each header line, up to 8 KiB; at most 64 header lines.
#define CPPHTTPLIB_REQUEST_URI_MAX_LENGTH 8192
#define CPPHTTPLIB_HEADER_MAX_LENGTH 8192
#define CPPHTTPLIB_HEADER_MAX_COUNT 64
// Connections the kernel holds until the listening thread accepts them. The library's 5 was
// overrun whenever more clients connected at once (a browser opens six, a load run 64): the
// kernel then dropped the handshakes, and each came back only after a one-second retry.
#define CPPHTTPLIB_LISTEN_BACKLOG 128

#include "httplib.h"
