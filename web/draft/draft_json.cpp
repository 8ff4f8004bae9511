// A draft to and from JSON (see Draft::to_json in draft.h). Pure: no storage here; the app
// decides where the text goes.
#include <nlohmann/json.hpp>

#include "web/draft/draft.h"

namespace anskaffa::web {
namespace {

// A value saved for a field the current form types as text: the text itself, or a number or
// a choice written out, so what the user entered stays visible.
std::string as_text(const nlohmann::json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_null()) return "";
  return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

nlohmann::json Draft::to_json() const {
  nlohmann::json typed = nlohmann::json::object();
  for (const auto& [key, text] : typed_)
    if (!text.empty()) typed[key] = text;
  nlohmann::json chosen = nlohmann::json::object();
  for (const auto& [key, value] : chosen_) chosen[key] = value;
  return {{"idempotency_key", idempotency_key_},
          {"typed", std::move(typed)},
          {"chosen", std::move(chosen)},
          {"register_holder_is_principal", register_holder_is_principal}};
}

std::optional<Draft> Draft::from_json(const nlohmann::json& saved) {
  if (!saved.is_object()) return std::nullopt;
  const auto key = saved.find("idempotency_key");
  const auto typed = saved.find("typed");
  const auto chosen = saved.find("chosen");
  if (key == saved.end() || !key->is_string() || key->get_ref<const std::string&>().empty()) {
    return std::nullopt;
  }
  if (typed == saved.end() || !typed->is_object()) return std::nullopt;
  if (chosen == saved.end() || !chosen->is_object()) return std::nullopt;

  Draft draft;
  draft.idempotency_key_ = key->get<std::string>();
  // Each value goes where today's form wants it; a key the form no longer has is kept as it
  // was (never submitted, but not lost should the field return).
  const auto place = [&draft](const std::string& field_key, const nlohmann::json& value) {
    const FieldDef* field = find_field(field_key);
    const bool typed_now = field ? is_typed(*field) : value.is_string();
    if (typed_now) {
      draft.typed_[field_key] = as_text(value);
    } else if (!value.is_null()) {
      draft.chosen_[field_key] = value;
    }
  };
  for (const auto& [field_key, value] : typed->items()) place(field_key, value);
  for (const auto& [field_key, value] : chosen->items()) place(field_key, value);
  const auto holder = saved.find("register_holder_is_principal");
  draft.register_holder_is_principal =
      holder != saved.end() && holder->is_boolean() && holder->get<bool>();
  return draft;
}

}  // namespace anskaffa::web
