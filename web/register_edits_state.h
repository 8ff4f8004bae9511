// The state of the registers' editors (SPEC 5): a reviewer's decision on the catalogue entry
// on screen, a unit's use of it, and the agreements register's new agreement and its renewal,
// termination and edit. Each holds what was typed, as typed, so that a refusal or a reload
// never loses it, and the server's findings by the body's field names.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "shared/finding.h"
#include "web/api/catalog.h"

namespace anskaffa::web {

// What an editor sends and how it went; shared by every editor below.
struct EditOutcome {
  bool sending = false;
  bool attempted = false;  // save was pressed: the core's findings are shown on every field
  std::set<std::string, std::less<>> visited;  // fields left once: their findings are shown
  std::string error;     // the server's refusal, or that the findings need correcting
  bool refusal = false;  // error is the server's; else it stands only while findings do
  Findings server;       // the server's findings of the last refusal
};

struct EntryEditor {
  bool open = false;
  std::int64_t entry_id = 0;
  std::string status, conditions, reason;
  EditOutcome outcome;
};

struct UsageEditor {
  std::string register_holder_name, register_holder_email;
  std::string system_admin_name, system_admin_email;
  std::string ended;  // YYYY-MM-DD, "" while in use
  std::string since;  // when the use began: an end may not come before it
  EditOutcome outcome;
};

// What a change of an agreement is: none, its text and route, a new period, or a termination.
enum class AgreementEdit { none, edit, renew, terminate };

// The new agreement's fields and the open agreement's change, by the body's field names
// ("renewal.valid_from" for a renewal's), so that a finding finds its field by its name.
struct AgreementForm {
  bool open = false;  // the new agreement's form
  std::map<std::string, std::string, std::less<>> values;
  std::vector<api::CatalogItem> covered;  // the resources it will cover
  std::string search;                     // the resource search as typed
  std::vector<api::CatalogItem> found;    // what the search found
  std::string answered;                   // the search `found` answers
  unsigned typing = 0;
  EditOutcome outcome;
};

struct AgreementChangeForm {
  std::int64_t id = 0;
  AgreementEdit edit = AgreementEdit::none;
  std::string kind;        // the agreement's: whether a route is asked for
  std::string valid_from;  // the current period's: a renewal must begin later
  std::map<std::string, std::string, std::less<>> values;
  EditOutcome outcome;
};

struct RegisterEdits {
  EntryEditor entry;
  std::int64_t usage_entry = 0;               // the entry the usage editors and notice are of
  std::map<std::int64_t, UsageEditor> usage;  // by unit id: the editors open on the entry
  AgreementForm new_agreement;
  AgreementChangeForm agreement_change;
  std::string entry_notice;           // what the last save on the entry's page did
  std::string agreements_notice;      // the same on the agreements screen
  std::int64_t notice_agreement = 0;  // the agreement that notice is about; 0: a new one
};

}  // namespace anskaffa::web
