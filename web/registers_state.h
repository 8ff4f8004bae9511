// The state of the registers' screens (agreements, changes, statistics) and of the home
// screen's typical wait: what the server answered, and whether it is being asked.
#pragma once

#include <cstdint>
#include <string>

#include "web/api/registers.h"

namespace anskaffa::web {

enum class Loading { not_loaded, loading, loaded, failed };

struct AgreementList {
  Loading status = Loading::not_loaded;
  api::AgreementQuery query;
  std::vector<api::Agreement> items;
  std::int64_t total = 0;
  std::int64_t open_id = 0;  // the agreement whose details are shown below its row; 0: none
  Loading detail_status = Loading::not_loaded;
  api::Agreement detail;  // the open agreement with its periods and documents
};

struct ChangeList {
  Loading status = Loading::not_loaded;
  int per_page = 25;
  std::vector<api::UsageChangeItem> items;
  std::int64_t total = 0;
};

struct StatsState {
  Loading status = Loading::not_loaded;
  api::Stats stats;
  std::string stage = "decision";  // the lead-time chart's stage: "decision" or a state key
};

struct Registers {
  AgreementList agreements;
  ChangeList changes;
  StatsState stats;  // also the home screen's typical wait
};

}  // namespace anskaffa::web
