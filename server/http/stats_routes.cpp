// GET /api/v1/stats (SPEC 8): for everyone signed in, the typical wait now and how many
// requests are in each state; for reviewers, security coordinators and administrators also the
// open requests by state and age, and the lead times per stage and month. Aggregates only: no
// request, person or unit is named.
#include <map>
#include <set>

#include "server/http/current_user.h"
#include "server/http/errors.h"
#include "server/http/routes.h"
#include "server/http/validation_context.h"
#include "server/store/stats.h"
#include "server/workflow/facts.h"
#include "shared/calendar.h"
#include "shared/lead_times.h"
#include "shared/registers.h"

namespace anskaffa::http {
namespace {

using nlohmann::json;

// The typical wait is taken over the decisions of this many recent days, so that it says what
// a request submitted now can expect rather than what it once was.
constexpr long typical_wait_window_days = 180;
constexpr int lead_time_months = 12;

std::string month_of(const Date& date) { return format_date(date).substr(0, 7); }

// The first day of the month months before today's.
Date months_back(const Date& today, int months) {
  int year = today.year;
  int month = today.month - months;
  while (month < 1) {
    month += 12;
    --year;
  }
  return Date{year, month, 1};
}

json number_or_null(const std::optional<double>& value) {
  return value ? json(*value) : json(nullptr);
}

std::vector<StateEntry> history_of(const std::vector<store::StateChangeRow>& rows) {
  std::vector<StateEntry> history;
  for (const store::StateChangeRow& row : rows) {
    if (const auto state = parse_state(row.state)) {
      history.push_back({*state, local_date(row.at)});
    }
  }
  return history;
}

json by_state(const std::vector<store::StateCountRow>& rows) {
  json counts = json::object();
  for (const State state : all_states()) counts[std::string(state_key(state))] = 0;
  for (const store::StateCountRow& row : rows) {
    if (counts.contains(row.state)) counts[row.state] = counts[row.state].get<int>() + 1;
  }
  return counts;
}

json open_by_age(const std::vector<store::StateCountRow>& rows, const Date& today) {
  json ages = json::object();
  for (const State state : all_states()) {
    if (!is_open(state)) continue;
    json bands = json::object();
    for (const std::string_view band : age_bands) bands[std::string(band)] = 0;
    ages[std::string(state_key(state))] = bands;
  }
  for (const store::StateCountRow& row : rows) {
    const auto state = parse_state(row.state);
    if (!state || !is_open(*state)) continue;
    const int waited = working_days_between(local_date(row.state_since), today);
    json& count = ages[row.state][std::string(age_band(waited))];
    count = count.get<int>() + 1;
  }
  return ages;
}

struct LeadTimes {
  std::optional<double> typical_wait;
  std::size_t typical_wait_basis = 0;
  json per_month = json::array();
};

// Medians per (month, stage) over the last months, "decision" being submission to decision.
LeadTimes lead_times(const std::map<std::int64_t, std::vector<store::StateChangeRow>>& histories,
                     const Date& today) {
  const std::string first_month = month_of(months_back(today, lead_time_months - 1));
  std::map<std::pair<std::string, std::string>, std::vector<long>> samples;
  std::vector<long> recent_decisions;
  for (const auto& [id, rows] : histories) {
    const std::vector<StateEntry> history = history_of(rows);
    for (const StageSpan& stage : completed_stages(history)) {
      const std::string month = month_of(stage.left);
      if (month >= first_month) {
        samples[{month, std::string(state_key(stage.stage))}].push_back(stage.days());
      }
    }
    const auto days = days_to_decision(history);
    if (!days) continue;
    const auto decided = std::find_if(history.begin(), history.end(),
                                      [](const StateEntry& e) { return is_decision(e.state); });
    if (month_of(decided->on) >= first_month) {
      samples[{month_of(decided->on), "decision"}].push_back(*days);
    }
    if (days_between(decided->on, today) <= typical_wait_window_days) {
      recent_decisions.push_back(*days);
    }
  }
  LeadTimes result;
  result.typical_wait_basis = recent_decisions.size();
  result.typical_wait = median(std::move(recent_decisions));
  for (auto& [key, values] : samples) {
    const std::size_t count = values.size();
    result.per_month.push_back({{"month", key.first},
                                {"stage", key.second},
                                {"median_days", number_or_null(median(std::move(values)))},
                                {"count", count}});
  }
  return result;
}

}  // namespace

void add_stats_routes(RouteTable& routes, App& app) {
  routes.get("/api/v1/stats", [&app](const httplib::Request& request, httplib::Response& response) {
    const auto user = require_user(app, request, response);
    if (!user) return;
    const Date today = local_date(app.clock());
    auto connection = app.database.connect();
    const auto states = store::request_states(*connection);
    const LeadTimes times = lead_times(store::state_histories(*connection), today);

    json body = {{"today", format_date(today)},
                 {"typical_wait_days", number_or_null(times.typical_wait)},
                 {"typical_wait_basis", times.typical_wait_basis},
                 {"typical_wait_window_days", typical_wait_window_days},
                 {"by_state", by_state(states)}};
    if (may(workflow::core_user(*user), RegisterAccess::read_stats_details)) {
      body["open_by_age"] = open_by_age(states, today);
      body["age_bands"] = std::vector<std::string>(std::begin(age_bands), std::end(age_bands));
      body["lead_times"] = times.per_month;
    }
    send_json(response, 200, body);
  });
}

}  // namespace anskaffa::http
