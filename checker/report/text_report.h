// The terminal report: findings grouped per SWV and year, most serious first, one line per
// finding with its evidence (with --baseline a column nieuw/opgelost/niet-meer-te-beoordelen/
// ongewijzigd, and findings carried over from the baseline last), then documents that failed to
// load, for more than one SWV a table of counts per family and the SWVs ranked by weight, and a
// summary line (with a warning when the baseline was made by another tool or rules version).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/spill_file.h"
#include "report/text_group.h"
#include "report/finding_tallies.h"
#include "report/report_context.h"
#include "report/summary.h"

namespace swv {

std::string write_text_report(const CheckResult& result, const ReportContext& context, const TextOptions& options);

/// The text report written while the check runs: each unit's findings are laid out as text at
/// once (lay_out_text_finding) and go to a spill file on disk; only an index per SWV and year,
/// the tallies and findings carried over from a baseline stay in memory. finish() reads them
/// back one SWV and year at a time, orders and folds them, and writes the same text as
/// write_text_report.
class TextReportWriter {
 public:
  TextReportWriter(const ReportContext& context, const TextOptions& options, const std::string& spill_directory);
  /// Takes the next findings, in report order (CheckOptions::on_findings). Throws
  /// ReportWriteError when the spill file cannot be written.
  void add(std::vector<Finding>&& findings);
  const FindingTallies& tallies() const { return tallies_; }
  /// For what only the end of the run knows (FindingTallies::set_not_applicable).
  FindingTallies& tallies() { return tallies_; }
  /// Writes the report through `write`, one SWV and year at a time; false when `write` fails.
  bool finish(const std::vector<DocumentRecord>& documents, const std::function<bool(std::string_view)>& write);

 private:
  struct Group {
    std::vector<std::pair<std::uint64_t, std::size_t>> entries;  ///< (offset, size) in spill_
    std::vector<const Finding*> carried;  ///< into carried_, placed by finish()
  };
  ReportContext context_;
  TextOptions options_;
  SpillFile spill_;
  std::map<GroupKey, Group> groups_;  ///< in report order: SWV code, year, document
  std::deque<Finding> carried_;  ///< carried over from the baseline (a deque: pointers stay valid)
  FindingTallies tallies_;
};

}  // namespace swv
