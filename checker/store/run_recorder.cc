#include "store/run_recorder.h"

#include <set>

namespace swv {

std::int64_t RunRecorder::commit(FindingsStore& store, const StoreRun& run) {
  return store.append_run(run, [&](const std::function<void(const Finding&)>& emit) {
    for (const auto& entry : entries_)
      for (const auto& f : log_.read(entry)) emit(f);
  });
}

std::vector<KeyHistory> RunRecorder::history_of_checked(const FindingsStore& store,
                                                        const std::vector<DocumentRecord>& documents) {
  std::set<std::string> swvs;
  for (const auto& d : documents)
    if (!d.error && !d.swv.empty()) swvs.insert(d.swv);
  std::vector<KeyHistory> history;
  for (const auto& swv : swvs) {
    auto part = store.history(swv, "");
    std::move(part.begin(), part.end(), std::back_inserter(history));
  }
  return history;
}

}  // namespace swv
