#include "server/http/action_body.h"

#include <string>

#include "server/http/body_reader.h"

namespace anskaffa::http {

using nlohmann::json;

ActionBody read_action_body(const json& body, Lang lang) {
  BodyReader reader(body, lang);
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
  BodyReader reader(body, lang);
  EditBody result;
  result.version = reader.integer("version", true).value_or(0);
  if (const json* request = reader.object("request")) result.request = *request;
  result.findings = reader.finish();
  return result;
}

}  // namespace anskaffa::http
