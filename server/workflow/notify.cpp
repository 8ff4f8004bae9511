#include "server/workflow/notify.h"

#include <nlohmann/json.hpp>

#include "server/auth/email.h"
#include "server/store/notifications.h"
#include "server/store/outbox.h"
#include "shared/texts.h"

namespace anskaffa::workflow {
namespace {

void add_account(store::Connection& connection, std::int64_t id, std::vector<Recipient>& people) {
  const auto user = store::find_user(connection, id);
  if (user && !user->disabled) people.push_back({user->id, user->email});
}

void add_accounts(store::Connection& connection, const std::vector<std::int64_t>& ids,
                  std::vector<Recipient>& people) {
  for (std::int64_t id : ids) add_account(connection, id, people);
}

std::string register_holder_email(const store::RequestRecord& request) {
  const auto form = nlohmann::json::parse(request.form, nullptr, false);
  if (!form.is_object()) return "";
  const auto it = form.find("register_holder_email");
  return it != form.end() && it->is_string() ? auth::normalize_email(it->get<std::string>()) : "";
}

void add_register_holder(store::Connection& connection, const store::RequestRecord& request,
                         std::vector<Recipient>& people) {
  const std::string email = register_holder_email(request);
  if (email.empty()) return;
  const auto account = store::find_credentials(connection, email);
  if (account && !account->disabled) {
    people.push_back({account->user_id, email});
  } else {
    people.push_back({std::nullopt, email});
  }
}

std::vector<Recipient> candidates(store::Connection& connection,
                                  const store::RequestRecord& request,
                                  std::span<const Audience> audiences) {
  std::vector<Recipient> people;
  for (Audience audience : audiences) {
    switch (audience) {
      case Audience::requester:
        add_account(connection, request.owner_id, people);
        break;
      case Audience::unit_principals:
        add_accounts(connection, store::principals_of_unit(connection, request.unit_id), people);
        break;
      case Audience::register_holder:
        add_register_holder(connection, request, people);
        break;
      case Audience::assignee_or_reviewers:
        if (request.assignee) {
          add_account(connection, *request.assignee, people);
        } else {
          add_accounts(connection, store::users_with_role(connection, "reviewer"), people);
        }
        break;
      case Audience::infosec:
        add_accounts(connection, store::users_with_role(connection, "infosec"), people);
        break;
    }
  }
  return people;
}

std::string state_label(Lang lang, std::string_view state) {
  return std::string(text(lang, "state." + std::string(state)));
}

}  // namespace

std::string notification_line(Lang lang, std::string_view kind, std::string_view to,
                              std::string_view by_name, std::string_view case_number,
                              std::string_view resource_name) {
  const std::string key = kind == "remind" ? "notification.remind." + std::string(to)
                                           : "notification." + std::string(kind);
  const std::string by =
      by_name.empty() ? std::string(text(lang, "notification.someone")) : std::string(by_name);
  return format_text(
      lang, key,
      {{"by", by}, {"case", std::string(case_number)}, {"resource", std::string(resource_name)}});
}

MailText mail_text(const store::RequestRecord& request, const Event& event,
                   const std::string& public_url) {
  constexpr Lang sv = Lang::sv;
  MailText mail;
  mail.subject = format_text(sv, "mail.subject",
                             {{"case", request.case_number}, {"resource", request.resource_name}});
  mail.body = notification_line(sv, event.kind, event.to, event.actor ? event.actor->name : "",
                                request.case_number, request.resource_name) +
              "\n\n";
  if (!event.to.empty()) {
    mail.body += format_text(sv, "mail.state", {{"state", state_label(sv, event.to)}}) + "\n";
  }
  if (!event.comment.empty()) {
    mail.body += format_text(sv, "mail.comment", {{"comment", event.comment}}) + "\n";
  }
  mail.body += "\n" + format_text(sv, "mail.link", {{"url", public_url}}) + "\n\n" +
               std::string(text(sv, "mail.footer")) + "\n";
  return mail;
}

std::vector<Recipient> notify(store::Connection& connection, const store::RequestRecord& request,
                              const Event& event, std::span<const Audience> audiences,
                              const MailSettings& mail) {
  std::optional<std::int64_t> actor_id;
  std::string actor_email;
  if (event.actor) {
    actor_id = event.actor->id;
    actor_email = event.actor->email;
  }
  const std::vector<Recipient> told =
      recipients_told(candidates(connection, request, audiences), actor_id, actor_email);
  const MailText message = mail.enabled ? mail_text(request, event, mail.public_url) : MailText{};
  for (const Recipient& person : told) {
    if (person.user_id) {
      store::insert_notification(connection, {*person.user_id, request.id, event.kind, actor_id,
                                              event.from, event.to, event.comment, event.at});
    }
    if (mail.enabled && !person.email.empty()) {
      store::enqueue_mail(connection, person.email, message.subject, message.body, event.at);
    }
  }
  return told;
}

}  // namespace anskaffa::workflow
