// The intents behind the registers' screens: each asks the server and puts its answer in the
// app's state; the screens draw from that state only.
#include "web/app.h"

namespace anskaffa::web {

void load_agreements(App& state) {
  AgreementList& list = state.registers.agreements;
  if (list.status == Loading::loading) return;
  list.status = Loading::loading;
  const std::string asked = api::agreement_list_url(list.query);
  api::fetch_agreements(
      list.query, state.lang, [&state, asked](const api::AgreementListResult& result) {
        AgreementList& answered = state.registers.agreements;
        // A filter chosen meanwhile has asked again; this answer is old.
        if (api::agreement_list_url(answered.query) != asked) return;
        answered.status = result.status == 200 ? Loading::loaded : Loading::failed;
        answered.items = result.items;
        answered.total = result.total;
      });
}

void toggle_agreement(App& state, std::int64_t id) {
  AgreementList& list = state.registers.agreements;
  if (list.open_id == id) {
    list.open_id = 0;
    return;
  }
  list.open_id = id;
  list.detail_status = Loading::loading;
  api::fetch_agreement(id, state.lang, [&state, id](const api::AgreementResult& result) {
    AgreementList& answered = state.registers.agreements;
    if (answered.open_id != id) return;  // another agreement was opened meanwhile
    answered.detail_status = result.status == 200 ? Loading::loaded : Loading::failed;
    answered.detail = result.agreement;
  });
}

void load_changes(App& state) {
  ChangeList& list = state.registers.changes;
  if (list.status == Loading::loading) return;
  list.status = Loading::loading;
  api::fetch_changes(list.per_page, state.lang, [&state](const api::ChangeListResult& result) {
    ChangeList& answered = state.registers.changes;
    answered.status = result.status == 200 ? Loading::loaded : Loading::failed;
    if (result.status != 200) return;
    answered.items = result.items;
    answered.total = result.total;
  });
}

void load_stats(App& state) {
  StatsState& stats = state.registers.stats;
  if (stats.status == Loading::loading) return;
  stats.status = Loading::loading;
  api::fetch_stats(state.lang, [&state](const api::StatsResult& result) {
    StatsState& answered = state.registers.stats;
    answered.status = result.status == 200 ? Loading::loaded : Loading::failed;
    if (result.status == 200) answered.stats = result.stats;
  });
}

}  // namespace anskaffa::web
