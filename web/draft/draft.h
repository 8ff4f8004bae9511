// A request being drafted in the app (SPEC 6): what the user has entered, field by field, and
// the JSON body it makes. The body is the single source of what would be submitted: the live
// findings and risk come from the core's assess() on exactly that body, as the server's
// POST /api/v1/validate and POST /api/v1/requests will see it.
//
// Typed fields (text, e-mail, url, date, integer, number) keep the text as typed, so that
// "12 0" or "" stays on screen as the user left it; the body holds a number where the text is
// one and the text itself where it is not, so the core reports wrong_type rather than the app
// guessing. Chosen fields (choice, set, boolean, unit) keep their JSON value.
#pragma once

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "shared/form.h"

namespace anskaffa::web {

class Draft {
 public:
  // A new, empty draft with a fresh Idempotency-Key (SPEC 6: one per draft, so that a retry
  // after a lost answer never makes a second request).
  static Draft start();

  // The text of a typed field, edited in place by the field's widget.
  std::string& typed(std::string_view key);
  const std::string& typed(std::string_view key) const;

  // The JSON value of a chosen field: a string (choice), an array (set), a bool, an integer
  // (unit), or null when nothing is chosen.
  const nlohmann::json& chosen(std::string_view key) const;
  void choose(std::string_view key, nlohmann::json value);  // null clears it
  bool has_option(std::string_view key, std::string_view option) const;
  // Adds or removes one option of a set, keeping the form's order of options.
  void set_option(const FieldDef& field, std::string_view option, bool on);

  // The value this field would be submitted with; null when absent.
  nlohmann::json value(const FieldDef& field) const;
  // The request body: every field that applies (relevance.h) and has a value.
  nlohmann::json body() const;

  // The register holder follows the principal while this is on (SPEC 2.5's "same as
  // principal"); copying happens in sync_register_holder().
  bool register_holder_is_principal = false;
  void sync_register_holder();

  const std::string& idempotency_key() const { return idempotency_key_; }
  // An imported draft is a new draft on this device: a second submission of the same draft
  // elsewhere must not be taken for a retry of the first.
  void renew_idempotency_key();

  // What the user entered, as kept in the browser's storage and in an exported file
  // (draft_json.cpp): {idempotency_key, typed: {key: text}, chosen: {key: value},
  // register_holder_is_principal}. Reading puts each value where the current form's field
  // wants it, so a draft written against an older form is carried over rather than dropped;
  // nullopt when `saved` is not a draft at all.
  nlohmann::json to_json() const;
  static std::optional<Draft> from_json(const nlohmann::json& saved);

 private:
  std::map<std::string, std::string, std::less<>> typed_;
  std::map<std::string, nlohmann::json, std::less<>> chosen_;
  std::string idempotency_key_;
};

// Whether the field is edited as text (typed) or by choosing (chosen).
bool is_typed(const FieldDef& field);

// The JSON value for an integer or number field's text: a number where the text is one
// (Swedish style allowed: "12 000", "1 500,50"), the text itself where it is not, null when
// it is blank.
nlohmann::json number_value(std::string_view text);

}  // namespace anskaffa::web
