#include "server/http/action_body.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "shared/texts.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

Finding body_finding(Lang lang, const std::string& field, std::string_view code) {
  return Finding{
      field, std::string(code), Severity::error,
      format_text(lang, std::string("finding.") + std::string(code), {{"label", field}})};
}

class Reader {
 public:
  Reader(const json& body, Lang lang) : body_(body), lang_(lang) {}

  std::optional<std::int64_t> integer(const std::string& key, bool required) {
    seen(key);
    const auto it = body_.find(key);
    if (it == body_.end() || it->is_null()) {
      if (required) add(key, "required");
      return std::nullopt;
    }
    if (!it->is_number_integer() ||
        (it->is_number_unsigned() && it->get<std::uint64_t>() > INT64_MAX)) {
      add(key, "wrong_type");
      return std::nullopt;
    }
    return it->get<std::int64_t>();
  }

  std::string text(const std::string& key, bool required = false) {
    seen(key);
    const auto it = body_.find(key);
    if (it == body_.end() || it->is_null()) {
      if (required) add(key, "required");
      return {};
    }
    if (!it->is_string()) {
      add(key, "wrong_type");
      return {};
    }
    return it->get<std::string>();
  }

  const json* object(const std::string& key) {
    seen(key);
    const auto it = body_.find(key);
    if (it == body_.end() || it->is_null()) {
      add(key, "required");
      return nullptr;
    }
    if (!it->is_object()) {
      add(key, "wrong_type");
      return nullptr;
    }
    return &*it;
  }

  void add(const std::string& key, std::string_view code) {
    findings_.push_back(body_finding(lang_, key, code));
  }

  // Every member not read is one a client may not send.
  Findings finish() {
    for (const auto& item : body_.items()) {
      if (std::find(seen_.begin(), seen_.end(), item.key()) == seen_.end()) {
        add(item.key(), "unknown_field");
      }
    }
    return std::move(findings_);
  }

 private:
  void seen(const std::string& key) { seen_.push_back(key); }

  const json& body_;
  Lang lang_;
  std::vector<std::string> seen_;
  Findings findings_;
};

}  // namespace

ActionBody read_action_body(const json& body, Lang lang) {
  Reader reader(body, lang);
  ActionBody result;
  ActionInput& in = result.input;
  const std::string action = reader.text("action", true);
  if (!action.empty()) {
    if (const auto parsed = parse_action(action)) {
      in.action = *parsed;
    } else {
      reader.add("action", "out_of_range");
    }
  }
  in.version = reader.integer("version", true).value_or(0);
  in.comment = reader.text("comment");
  in.assignee = reader.integer("assignee", false);
  in.agreement_id = reader.integer("agreement_id", false);
  in.reference = reader.text("reference");
  in.signed_on = reader.text("signed_on");
  in.valid_from = reader.text("valid_from");
  in.valid_until = reader.text("valid_until");
  in.attachment_id = reader.integer("attachment_id", false);
  in.conditions = reader.text("conditions");
  in.order_reference = reader.text("order_reference");
  in.service_agreement_id = reader.integer("service_agreement_id", false);
  result.findings = reader.finish();
  return result;
}

EditBody read_edit_body(const json& body, Lang lang) {
  Reader reader(body, lang);
  EditBody result;
  result.version = reader.integer("version", true).value_or(0);
  if (const json* request = reader.object("request")) result.request = *request;
  result.findings = reader.finish();
  return result;
}

}  // namespace anskaffa::http
