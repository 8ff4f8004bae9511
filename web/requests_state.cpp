// The intents behind the lists and a request's page: each asks the server and puts its answer
// in the app's state; the screens draw from that state only.
#include <algorithm>
#include <set>

#include "shared/texts.h"
#include "web/app.h"

namespace anskaffa::web {
namespace {

void fetch_page(App& state, RequestList& list) {
  list.status = Loading::loading;
  const unsigned asked = ++list.asked;
  const bool append = list.query.page > 1;
  RequestList* target = &list;  // a member of the app's one state: it outlives the answer
  api::fetch_request_list(list.query, state.lang,
                          [&state, target, asked, append](const api::RequestListResult& result) {
                            if (asked != target->asked) return;  // a newer question is under way
                            if (result.status != 200) {
                              target->status = Loading::failed;
                              return;
                            }
                            if (append) {
                              // A request that arrived meanwhile shifts the pages by one: skip what
                              // is listed.
                              std::set<std::int64_t> listed;
                              for (const api::RequestSummary& item : target->items)
                                listed.insert(item.id);
                              for (const api::RequestSummary& item : result.items) {
                                if (!listed.contains(item.id)) target->items.push_back(item);
                              }
                            } else {
                              target->items = result.items;
                              target->sorted_rows = 0;
                            }
                            target->total = result.total;
                            target->status = Loading::loaded;
                            const bool more =
                                static_cast<std::int64_t>(target->items.size()) < target->total;
                            if (target->load_all && more && !result.items.empty()) {
                              target->query.page += 1;
                              fetch_page(state, *target);
                            }
                          });
}

void load_list(App& state, RequestList App::*list) {
  RequestList& target = state.*list;
  target.query.page = 1;
  fetch_page(state, target);
}

// What a refusal means to the user: the server's message, or ours when it sent none.
std::string refusal_text(Lang lang, const api::RequestViewResult& result) {
  if (result.status == 0) return std::string(text(lang, "request.offline"));
  if (!result.message.empty()) return result.message;
  return "HTTP " + std::to_string(result.status);
}

void show_view(App& state, const api::RequestView& view) {
  state.request.view = view;
  state.request.status = Loading::loaded;
  state.request.error.clear();
}

}  // namespace

void load_my_requests(App& state) {
  state.my_requests.query.own = true;
  state.my_requests.query.sort = "updated";
  load_list(state, &App::my_requests);
}

void load_awaiting_me(App& state) {
  state.awaiting_me.query.state = "awaiting_principal";
  state.awaiting_me.query.sort = "waiting";
  load_list(state, &App::awaiting_me);
}

void load_notifications(App& state) {
  Notifications& target = state.notifications;
  if (target.status == Loading::loading) return;
  target.status = Loading::loading;
  api::fetch_notifications(3, state.lang, [&state](const api::NotificationsResult& result) {
    Notifications& answered = state.notifications;
    if (result.status != 200) {
      answered.status = Loading::failed;
      return;
    }
    answered.items = result.items;
    answered.unread_count = result.unread_count;
    answered.status = Loading::loaded;
  });
}

void open_notification(App& state, std::int64_t id) {
  for (api::NotificationItem& item : state.notifications.items) {
    if (item.id != id) continue;
    if (!item.read) {
      // Shown as read at once; the server's count is asked again when home is next opened.
      item.read = true;
      state.notifications.unread_count =
          std::max<std::int64_t>(0, state.notifications.unread_count - 1);
      api::mark_notification_read(id, state.lang, [](bool) {});
    }
    if (item.request_id != 0) open_request(state, item.request_id);
    return;
  }
}

void load_queue(App& state) {
  if (state.queue.query.sort.empty()) state.queue.query.sort = "risk";
  // A reviewer sorts and scrolls the whole queue, so it arrives in full, in large pages.
  state.queue.load_all = true;
  state.queue.query.per_page = 200;
  load_list(state, &App::queue);
}

void load_next_page(App& state, RequestList& list) {
  if (list.status == Loading::loading) return;
  list.query.page = static_cast<int>(list.items.size() / std::max(1, list.query.per_page)) + 1;
  fetch_page(state, list);
}

void open_request(App& state, std::int64_t id) {
  RequestPage& page = state.request;
  if (page.id != id) page = RequestPage{};
  page.id = id;
  if (state.screen != Screen::request) page.return_to = state.screen;
  page.status = Loading::loading;
  open_screen(state, Screen::request);
  const Lang lang = state.lang;
  api::fetch_request(id, lang, [&state, id, lang](const api::RequestViewResult& result) {
    RequestPage& answered = state.request;
    if (answered.id != id) return;  // the user has moved on to another request
    if (result.status == 200) {
      show_view(state, result.view);
    } else {
      answered.status = Loading::failed;
      answered.error = refusal_text(lang, result);
    }
  });
}

void choose_action(App& state, std::string action) {
  ActionDraft& draft = state.request.action;
  if (draft.sending) return;
  if (draft.action != action) draft = ActionDraft{.action = std::move(action)};
  state.request.notice.clear();
  state.request.notice_is_warning = false;
}

void send_chosen_action(App& state) {
  RequestPage& page = state.request;
  ActionDraft& draft = page.action;
  if (draft.sending || draft.action.empty() || page.status != Loading::loaded) return;
  nlohmann::json body = {{"action", draft.action}, {"version", page.view.version}};
  for (const auto& [key, value] : draft.values) {
    if (value.empty()) continue;
    if (key.ends_with("_id") || key == "assignee") {
      // A number typed into the form; anything else is sent as typed, and refused by the core.
      const bool digits = value.find_first_not_of("0123456789") == std::string::npos;
      body[key] =
          digits && value.size() < 16 ? nlohmann::json(std::stoll(value)) : nlohmann::json(value);
    } else {
      body[key] = value;
    }
  }
  draft.sending = true;
  draft.error.clear();
  const Lang lang = state.lang;
  const std::int64_t id = page.id;
  const std::string action = draft.action;
  api::send_action(
      id, body, lang, [&state, id, lang, action](const api::RequestViewResult& result) {
        RequestPage& answered = state.request;
        if (answered.id != id) return;
        answered.action.sending = false;
        if (result.status == 200) {
          show_view(state, result.view);
          answered.action = ActionDraft{};
          answered.notice_is_warning = false;
          answered.notice = format_text(lang, "request.action_done",
                                        {{"action", std::string(text(lang, "action." + action))}});
          return;
        }
        if (result.code == "stale_version") {
          // Someone else acted first: show what they did, keep what this user typed.
          answered.notice = std::string(text(lang, "request.changed_meanwhile"));
          answered.notice_is_warning = true;
          const auto typed = answered.action;
          open_request(state, id);
          state.request.action = typed;
          return;
        }
        answered.action.error = refusal_text(lang, result);
      });
}

}  // namespace anskaffa::web
