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

#include "httplib.h"
