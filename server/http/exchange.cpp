#include "server/http/exchange.h"

namespace anskaffa::http {
namespace {

thread_local Exchange exchange;

}  // namespace

Exchange& current_exchange() { return exchange; }

void begin_exchange() { exchange = Exchange{}; }

}  // namespace anskaffa::http
