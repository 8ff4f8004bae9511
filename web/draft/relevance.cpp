// The form's follow-up questions (see relevance.h): the core's question_applies() over the
// draft's answers.
#include "web/draft/relevance.h"

#include <string>

#include "shared/form_conditions.h"

namespace anskaffa::web {

Request chosen_answers(const Draft& draft) {
  Request answers;
  for (const FieldDef& field : form_fields()) {
    if (field.type == FieldType::choice) {
      const nlohmann::json& option = draft.chosen(field.key);
      if (option.is_string()) answers.set(std::string(field.key), option.get<std::string>());
    } else if (field.key == "catalog_id") {
      const nlohmann::json id = draft.value(field);
      if (id.is_number_integer()) answers.set(std::string(field.key), id.get<std::int64_t>());
    }
  }
  return answers;
}

bool asked_in_form(const FieldDef& field) { return field.key != "catalog_id"; }

bool applies(const Draft& draft, const FieldDef& field) {
  return question_applies(chosen_answers(draft), field.key);
}

}  // namespace anskaffa::web
