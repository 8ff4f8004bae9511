#include "server/http/current_user.h"

#include "server/http/errors.h"
#include "server/http/exchange.h"
#include "server/http/session_cookie.h"

namespace anskaffa::http {

std::optional<store::User> current_user(App& app, const httplib::Request& request) {
  const auto token = session_token(request);
  if (!token) return std::nullopt;
  const auto user_id = app.sessions.user_of(*token);
  if (!user_id) return std::nullopt;
  auto connection = app.database.connect();
  auto user = store::find_user(*connection, *user_id);
  if (!user || user->disabled) return std::nullopt;
  current_exchange().user_id = user->id;
  return user;
}

std::optional<store::User> require_user(App& app, const httplib::Request& request,
                                        httplib::Response& response) {
  auto user = current_user(app, request);
  if (!user) send_error(response, request, 401);
  return user;
}

}  // namespace anskaffa::http
