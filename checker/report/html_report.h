// The HTML report: one self-contained page (CSS and a small sorting script inline, no network,
// no external fonts or scripts) rendered from the template reports/report.html, built into the
// binary. It holds: an overview of the checked SWVs and years (rows) against the rule families
// (columns), with status colours and counts, sortable, and with --baseline what changed; the
// counts per family and the ranking of SWVs; inline SVG charts of a value against its threshold
// (publiek eigen vermogen against the signaleringswaarde) for every SWV, and per SWV over the
// years when several years were checked; documents that failed to load; and per SWV and year
// every finding with its message, values, evidence, norm and baseline mark. All text passes
// html_escape; the page is well-formed XML as well as HTML, and prints on paper.
#pragma once

#include <string>

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

#include "report/finding_log.h"
#include "report/finding_tallies.h"
#include "report/report_context.h"
#include "report/summary.h"

namespace swv {

std::string write_html_report(const CheckResult& result, const ReportContext& context);

/// The HTML page written while the check runs: findings go to a FindingLog on disk; per SWV
/// and year only what the overview and the charts need stays in memory, with the findings
/// carried over from a baseline. finish() writes the page with each SWV and year's details read back in turn: the
/// same page as write_html_report.
class HtmlReportWriter {
 public:
  HtmlReportWriter(const ReportContext& context, const std::string& spill_directory);
  ~HtmlReportWriter();
  /// Takes the next findings, in report order (CheckOptions::on_findings). Throws
  /// ReportWriteError when the spill file cannot be written.
  void add(std::vector<Finding>&& findings);
  const FindingTallies& tallies() const { return tallies_; }
  /// For what only the end of the run knows (FindingTallies::set_not_applicable).
  FindingTallies& tallies() { return tallies_; }
  /// Writes the page through `write`; false when `write` fails.
  bool finish(const std::vector<DocumentRecord>& documents, const std::function<bool(std::string_view)>& write);

 private:
  struct Group;  // index entries and digest of one SWV, year and document
  ReportContext context_;
  FindingLog log_;
  std::map<GroupKey, std::unique_ptr<Group>> groups_;
  std::deque<Finding> carried_;  ///< carried over from the baseline (a deque: pointers stay valid)
  FindingTallies tallies_;
};

}  // namespace swv
