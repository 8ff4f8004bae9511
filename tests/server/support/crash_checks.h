// What must hold in a database file after the server that wrote it was killed with SIGKILL
// (SPEC 9), read straight from the file while no server has it open.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace anskaffa::testing {

// A write the server answered 2xx for: the request's version and state in that answer.
struct Acknowledged {
  std::int64_t version = 0;
  std::string state;
};

// Every broken promise found, one line each; empty when all hold:
// - PRAGMA integrity_check is ok;
// - each acknowledged write is there: the request has at least that version, and the audit row
//   of that very version records the acknowledged state;
// - each request's change and its audit rows and timeline entries exist together or not at all:
//   versions 1..version each have exactly one audit row, the last one with the request's state,
//   as many timeline entries as audit rows, no audit row or entry without its request, and an
//   approved request has its catalogue entry, its unit's use of it and their audit rows;
// - no submission was created twice (each carried its own Idempotency-Key and resource name).
std::vector<std::string> crash_safety_problems(
    const std::string& db_path, const std::map<std::int64_t, Acknowledged>& acknowledged);

}  // namespace anskaffa::testing
