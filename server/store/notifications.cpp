#include "server/store/notifications.h"

namespace anskaffa::store {
namespace {

std::int64_t single_integer(Statement& query) {
  query.step();
  return query.column_int64(0);
}

}  // namespace

void insert_notification(Connection& connection, const NewNotification& n) {
  auto insert = connection.prepare(
      "INSERT INTO notifications (user_id, request_id, kind, actor_id, from_state, to_state,"
      " comment, created_at) VALUES (?1, ?2, ?3, ?4, nullif(?5, ''), nullif(?6, ''), ?7, ?8)");
  insert.bind(1, n.user_id)
      .bind(2, n.request_id)
      .bind(3, n.kind)
      .bind(4, n.actor_id)
      .bind(5, n.from)
      .bind(6, n.to)
      .bind(7, n.comment)
      .bind(8, n.created_at);
  insert.run();
}

NotificationPage list_notifications(Connection& connection, std::int64_t user_id, bool unread_only,
                                    std::int64_t page, std::int64_t per_page) {
  NotificationPage result;
  auto unread = connection.prepare(
      "SELECT count(*) FROM notifications WHERE user_id = ?1 AND read_at IS NULL");
  unread.bind(1, user_id);
  result.unread = single_integer(unread);
  auto total = connection.prepare(
      "SELECT count(*) FROM notifications WHERE user_id = ?1 AND (?2 = 0 OR read_at IS NULL)");
  total.bind(1, user_id).bind(2, std::int64_t{unread_only});
  result.total = single_integer(total);

  auto query = connection.prepare(
      "SELECT n.id, n.request_id, coalesce(r.case_number, ''), coalesce(r.resource_name, ''),"
      " n.kind, n.actor_id, coalesce(u.name, ''), coalesce(n.from_state, ''),"
      " coalesce(n.to_state, ''), n.comment, n.created_at, n.read_at"
      " FROM notifications n LEFT JOIN requests r ON r.id = n.request_id"
      " LEFT JOIN users u ON u.id = n.actor_id"
      " WHERE n.user_id = ?1 AND (?2 = 0 OR n.read_at IS NULL)"
      " ORDER BY n.id DESC LIMIT ?3 OFFSET ?4");
  query.bind(1, user_id)
      .bind(2, std::int64_t{unread_only})
      .bind(3, per_page)
      .bind(4, (page - 1) * per_page);
  while (query.step()) {
    Notification n;
    n.id = query.column_int64(0);
    n.request_id = query.column_optional_int64(1);
    n.case_number = query.column_text(2);
    n.resource_name = query.column_text(3);
    n.kind = query.column_text(4);
    n.actor_id = query.column_optional_int64(5);
    n.actor_name = query.column_text(6);
    n.from = query.column_text(7);
    n.to = query.column_text(8);
    n.comment = query.column_text(9);
    n.created_at = query.column_int64(10);
    n.read_at = query.column_optional_int64(11);
    result.items.push_back(std::move(n));
  }
  return result;
}

bool mark_notification_read(Connection& connection, std::int64_t user_id, std::int64_t id,
                            std::int64_t now) {
  auto exists =
      connection.prepare("SELECT count(*) FROM notifications WHERE id = ?1 AND user_id = ?2");
  exists.bind(1, id).bind(2, user_id);
  if (single_integer(exists) == 0) return false;
  auto update = connection.prepare(
      "UPDATE notifications SET read_at = ?3 WHERE id = ?1 AND user_id = ?2 AND read_at IS NULL");
  update.bind(1, id).bind(2, user_id).bind(3, now);
  update.run();
  return true;
}

void mark_all_notifications_read(Connection& connection, std::int64_t user_id, std::int64_t now) {
  auto update = connection.prepare(
      "UPDATE notifications SET read_at = ?2 WHERE user_id = ?1 AND read_at IS NULL");
  update.bind(1, user_id).bind(2, now);
  update.run();
}

}  // namespace anskaffa::store
