// A finding key's status over the years, as the findings store holds it (swvcheck history,
// and the HTML report given --store). Plain data and the reading of it; no database here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "findings/finding.h"

namespace swv {

/// One finding of one run, as stored.
struct StoredStatus {
  int jaar = 0;
  Status status = Status::fout;
  bool accepted = false;
  std::int64_t run = 0;
  std::string checked_on;  ///< of that run
};

/// What the years say about one key.
struct KeyHistory {
  std::string swv, key, rule, norm_id;
  std::vector<StoredStatus> seen;  ///< by year, then run (every run that checked that year)
  /// Per year, the status of the latest run that checked it, in year order.
  std::vector<StoredStatus> by_year() const;
  /// The first year of the unbroken run of years up to the latest with the latest status.
  int since() const;
  /// Each time the key was flagged, then voldoet (opgelost), then flagged again: the year it
  /// was resolved and the year it came back.
  std::vector<std::pair<int, int>> came_back() const;
};

/// Groups stored statuses into histories, per SWV then key, for `history` and the HTML report.
/// `rows` must be ordered by SWV, key, year and run.
struct StoredRow {
  std::string swv, key, rule, norm_id;
  StoredStatus status;
};
std::vector<KeyHistory> group_history(const std::vector<StoredRow>& rows);

/// The history as text, one block per key (Dutch).
std::string write_history_text(const std::vector<KeyHistory>& histories);

}  // namespace swv
