// Keeps a run's findings on disk while the check runs (memory stays flat) and appends them to
// the findings store in one transaction at the end.
#pragma once

#include <string>
#include <vector>

#include "report/finding_log.h"
#include "store/findings_store.h"

namespace swv {

class RunRecorder {
 public:
  explicit RunRecorder(const std::string& spill_directory) : log_(spill_directory) {}
  /// The next findings, as they are reported (CheckOptions::on_findings).
  void add(const std::vector<Finding>& findings) { entries_.push_back(log_.append(findings)); }
  /// Appends the run and every finding added to `store`; throws StoreError (nothing written).
  std::int64_t commit(FindingsStore& store, const StoreRun& run);
  /// The history of every SWV among the loaded documents.
  static std::vector<KeyHistory> history_of_checked(const FindingsStore& store,
                                                    const std::vector<DocumentRecord>& documents);

 private:
  FindingLog log_;
  std::vector<FindingLog::Entry> entries_;
};

}  // namespace swv
