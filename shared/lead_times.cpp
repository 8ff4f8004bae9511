#include "shared/lead_times.h"

#include <algorithm>

namespace anskaffa {

bool is_decision(State state) {
  return state == State::approved || state == State::rejected || state == State::declined ||
         state == State::direct_purchase_allowed;
}

std::vector<StageSpan> completed_stages(std::span<const StateEntry> history) {
  std::vector<StageSpan> stages;
  for (std::size_t i = 0; i + 1 < history.size(); ++i) {
    if (!is_open(history[i].state)) continue;
    stages.push_back({history[i].state, history[i].on, history[i + 1].on});
  }
  return stages;
}

std::optional<long> days_to_decision(std::span<const StateEntry> history) {
  if (history.empty()) return std::nullopt;
  for (const StateEntry& entry : history) {
    if (is_decision(entry.state)) return days_between(history.front().on, entry.on);
  }
  return std::nullopt;
}

std::optional<double> median(std::vector<long> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  if (values.size() % 2 == 1) return static_cast<double>(values[middle]);
  return (static_cast<double>(values[middle - 1]) + static_cast<double>(values[middle])) / 2.0;
}

std::string_view age_band(int working_days) {
  if (working_days <= 5) return age_bands[0];
  if (working_days <= 10) return age_bands[1];
  if (working_days <= 20) return age_bands[2];
  return age_bands[3];
}

}  // namespace anskaffa
