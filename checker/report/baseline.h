// --baseline: compares a run with an earlier JSON report (findings-json.md), matched on `key`.
//   nieuw       flagged now (overtreding/signaal), and not in the earlier report or not flagged there
//   opgelost    flagged in the earlier report, not flagged now
//   ongewijzigd every other finding
// A key flagged earlier that this run no longer yields is carried over from the earlier report
// with the mark `opgelost` (its status stays the earlier one: is_carried_over()), but only
// where this run could have yielded it: its SWV was among the documents loaded now and its
// rule ran. So a baseline of a whole batch does not mark every SWV left out of a smaller run.
#pragma once

#include <optional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "engine/engine.h"

namespace swv {

struct BaselineReport {
  std::string path;
  std::string checked_on;
  /// In report order. Findings that were not flagged hold only key, jaar, status, swv and
  /// rule: only flagged ones can be carried over, the others only tell what was not flagged.
  std::vector<Finding> findings;
};

/// Reads an earlier JSON report; nullopt with a one-line Dutch `error` when the file cannot be
/// read, is not JSON or has no findings list.
std::optional<BaselineReport> load_baseline(const std::string& path, std::string* error);

/// Marks findings against an earlier report as they come (nieuw, opgelost, ongewijzigd) and
/// gives, at the end, the earlier flagged findings this run no longer yields. Keeps the earlier
/// report and the keys seen that were flagged before, not the findings of this run.
class BaselineMarker {
 public:
  /// `baseline` must outlive the marker. `rules_run` holds the ids of the rules this run ran.
  BaselineMarker(const BaselineReport& baseline, std::set<std::string> rules_run);
  /// Sets `baseline` on each of the next findings.
  void mark(std::vector<Finding>& findings);
  /// The findings to carry over as `opgelost`: flagged before, not found now, of an SWV with a
  /// loaded document and a rule that ran. Call after every finding was marked.
  std::vector<Finding> carried_over(const std::vector<DocumentRecord>& documents) const;

 private:
  std::set<std::string> rules_run_;
  std::map<std::string, const Finding*> earlier_;
  std::map<std::string, bool> flagged_before_;
  std::set<std::string> keys_now_;
};

/// Sets `baseline` on every finding of `result` and appends the carried-over ones.
/// `rules_run` holds the ids of the rules this run ran.
void apply_baseline(CheckResult& result, const BaselineReport& baseline, const std::set<std::string>& rules_run);

}  // namespace swv
