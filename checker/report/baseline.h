// --baseline: compares a run with an earlier JSON report (findings-json.md), matched on `key`.
//   nieuw                    flagged now (overtreding/signaal), and not flagged before
//   opgelost                 flagged before, voldoet now
//   niet-meer-te-beoordelen  flagged before, niet-te-beoordelen or fout now: missing data
//                            never resolves a finding
//   ongewijzigd              every other finding
// "Before" is the earlier report's same SWV and year when it holds that year, else its latest
// earlier year of that SWV (so a report compared with itself is ongewijzigd in every year).
// A key flagged before that this run no longer yields is carried over from the earlier report
// (its status stays the earlier one: is_carried_over()), only where this run could have
// yielded it: its rule ran on a unit of that SWV compared with that earlier year. It is
// `opgelost` when the rule could judge that SWV there (no niet-te-beoordelen or fout), else
// `niet-meer-te-beoordelen` (e.g. the dossier findings of a registration not given this time).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "engine/engine.h"

namespace swv {

struct BaselineReport {
  std::string path;
  std::string checked_on;
  std::string tool_version;   ///< its tool.version; empty when it has none
  std::string rules_version;  ///< its tool.rules_version; empty when it has none
  /// The SWV and year of every annual report it loaded (documents with status geladen).
  std::vector<std::pair<std::string, int>> reports;
  /// In report order. Findings that were not flagged hold only key, jaar, status, swv and
  /// rule: only flagged ones can be carried over, the others only tell what was not flagged.
  std::vector<Finding> findings;
};

/// Reads an earlier JSON report; nullopt with a one-line Dutch `error` when the file cannot be
/// read, is not JSON or has no findings list.
std::optional<BaselineReport> load_baseline(const std::string& path, std::string* error);

/// A one-line Dutch warning naming both versions when `baseline` was made by another tool
/// version or rules version than this run; empty when both are the same.
std::string baseline_version_warning(const BaselineReport& baseline, const std::string& tool_version,
                                     const std::string& rules_version);

/// Marks findings against an earlier report as they come and gives, at the end, the earlier
/// flagged findings this run no longer yields. Keeps the earlier report's flagged findings and,
/// per (rule, SWV, earlier year) of those, whether the rule ran and could judge; never the
/// findings of this run.
class BaselineMarker {
 public:
  /// `baseline` must outlive the marker.
  explicit BaselineMarker(const BaselineReport& baseline);
  /// Sets `baseline` on each of the next findings (any number of units per call).
  void mark(std::vector<Finding>& findings);
  /// The findings to carry over, marked opgelost or niet-meer-te-beoordelen, ordered by key
  /// and year. Call after every finding was marked.
  std::vector<Finding> carried_over() const;

 private:
  /// The earlier year a finding of `swv` in `jaar` is compared with; nullopt when the
  /// earlier report holds no year of that SWV up to `jaar`.
  std::optional<int> compared_year(const std::string& swv, int jaar) const;

  struct Flagged {
    const Finding* finding;  ///< the earlier finding, carried over when not yielded again
    bool yielded = false;    ///< this run yielded its key in a year compared with it
  };
  struct RuleRun {
    bool ran = false;              ///< the rule gave a finding of that SWV in a compared year
    bool could_not_judge = false;  ///< ... and some of them was niet-te-beoordelen or fout
  };
  std::map<std::string, std::set<int>> years_;  ///< per SWV, the years the earlier report holds
  std::map<std::pair<std::string, int>, Flagged> flagged_;  ///< (key, year) flagged before
  /// (rule, SWV, year) of the flagged earlier findings: the only ones worth knowing about.
  std::map<std::tuple<std::string, std::string, int>, RuleRun> rule_runs_;
};

/// Sets `baseline` on every finding of `result` and appends the carried-over ones.
void apply_baseline(CheckResult& result, const BaselineReport& baseline);

}  // namespace swv
