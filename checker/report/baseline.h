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
#include <set>
#include <string>
#include <vector>

#include "engine/engine.h"

namespace swv {

struct BaselineReport {
  std::string path;
  std::string checked_on;
  std::vector<Finding> findings;
};

/// Reads an earlier JSON report; nullopt with a one-line Dutch `error` when the file cannot be
/// read, is not JSON or has no findings list.
std::optional<BaselineReport> load_baseline(const std::string& path, std::string* error);

/// Sets `baseline` on every finding of `result` and appends the carried-over ones.
/// `rules_run` holds the ids of the rules this run ran.
void apply_baseline(CheckResult& result, const BaselineReport& baseline, const std::set<std::string>& rules_run);

}  // namespace swv
