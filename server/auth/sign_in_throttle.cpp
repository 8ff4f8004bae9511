#include "server/auth/sign_in_throttle.h"

#include "server/store/sign_in_attempts.h"

namespace anskaffa::auth {
namespace {

constexpr std::string_view account_scope = "account";
constexpr std::string_view address_scope = "address";

}  // namespace

DatabaseThrottle::DatabaseThrottle(store::Database& database, Clock clock, ThrottlePolicy policy)
    : database_(database), clock_(std::move(clock)), policy_(policy) {}

bool DatabaseThrottle::allows(std::string_view email, std::string_view address) {
  const std::int64_t now = clock_();
  auto connection = database_.connect();
  return store::lockout_until(*connection, account_scope, email, now) == 0 &&
         store::lockout_until(*connection, address_scope, address, now) == 0;
}

void DatabaseThrottle::record(std::string_view email, std::string_view address, bool succeeded) {
  const std::int64_t now = clock_();
  const std::int64_t since = now - policy_.window.count();
  auto connection = database_.connect();
  connection->write_transaction([&] {
    store::prune_sign_in_attempts(*connection,
                                  now - policy_.window.count() - policy_.lockout.count());
    if (succeeded) {
      store::clear_sign_in_failures(*connection, account_scope, email);
      return;
    }
    const struct {
      std::string_view scope;
      std::string_view key;
      int limit;
    } counters[] = {{account_scope, email, policy_.account_failures},
                    {address_scope, address, policy_.address_failures}};
    for (const auto& counter : counters) {
      store::record_sign_in_failure(*connection, counter.scope, counter.key, now);
      if (store::count_sign_in_failures(*connection, counter.scope, counter.key, since) >=
          counter.limit) {
        store::set_lockout(*connection, counter.scope, counter.key, now + policy_.lockout.count());
      }
    }
  });
}

}  // namespace anskaffa::auth
