#include "server/cli/commands.h"

namespace anskaffa::cli {

std::string_view usage() {
  return R"(usage:
  anskaffa-server serve --db PATH --port N --web-root DIR [--bind ADDR] [--secure-cookies]
                        [--smtp HOST:PORT [--mail-from ADDRESS] [--public-url URL]]
                        [--session-idle-seconds N]
  anskaffa-server unit add --db PATH --name NAME [--school-form FORM]
  anskaffa-server user add --db PATH --email E --name N --role ROLE [--role ROLE...]
                           [--unit ID...]            (the password is read from standard input)
  anskaffa-server demo-data --db PATH [--people-only]   (--people-only: units and users alone)
  anskaffa-server backup --db PATH --to FILE     (safe while the server runs)
  anskaffa-server restore --db PATH --from FILE  (with the server stopped)

roles: requester, principal, reviewer, infosec, admin

--smtp sends notifications by e-mail too, through that relay (plain SMTP, no TLS or login: a
local relay such as Postfix forwards them); --mail-from is the sender (anskaffa@localhost) and
--public-url the app's address linked in each e-mail (http://127.0.0.1:8080/).
--session-idle-seconds ends a session after N seconds without a request (10 to 86400; 28800,
eight hours, when not given); the app warns before it ends.
)";
}

}  // namespace anskaffa::cli
