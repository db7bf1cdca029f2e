// The CSV report, for Dutch Excel by double-click: one row per finding, `;` between fields,
// UTF-8 with a byte order mark, CRLF line ends, a decimal comma in every number of `waarden`.
// Columns: swv;jaar;regel;norm;familie;status;bericht;waarden;bewijs;document;key, and
// `baseline` when the run had --baseline, and `acceptatie` last when it had --accept (the
// acceptance and its reason, or that it expired). `waarden` holds name=value pairs and `bewijs`
// file:line path entries, each list joined by " | ". Load errors are not findings: they are
// not in the CSV (the exit code and the other formats report them).
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding_tallies.h"
#include "report/report_context.h"

namespace swv {

/// The one quoting routine: a field holding ; " CR or LF is put in double quotes with its
/// quotes doubled. A field starting with = + - or @ gets a leading apostrophe first, so
/// Excel shows it as text instead of running it as a formula.
std::string csv_field(const std::string& text);

/// The `waarden` column: name=value pairs (decimal comma) joined by " | ".
std::string joined_values(const Finding& f);
/// The `bewijs` column: "file:line path" entries joined by " | ".
std::string joined_evidence(const Finding& f);

std::string write_csv_report(const CheckResult& result, const ReportContext& context);

/// The CSV report written while the check runs: a row needs nothing from later findings, so
/// each unit's rows go out at once and only the tallies stay in memory.
class CsvReportWriter {
 public:
  /// Writes the header through `write` at once; with `baseline` the baseline column too, with
  /// `accepted` the acceptatie column.
  explicit CsvReportWriter(std::function<bool(std::string_view)> write, bool baseline = false, bool accepted = false);
  /// Writes the rows of the next findings, in report order (CheckOptions::on_findings).
  /// Throws ReportWriteError when a write fails (or failed before), which stops the check.
  void add(std::vector<Finding>&& findings);
  /// False once a write failed; nothing more is written after that.
  bool ok() const { return ok_; }
  const FindingTallies& tallies() const { return tallies_; }
  /// For what only the end of the run knows (FindingTallies::set_not_applicable).
  FindingTallies& tallies() { return tallies_; }

 private:
  std::function<bool(std::string_view)> write_;
  bool baseline_;
  bool accepted_;
  bool ok_ = true;
  FindingTallies tallies_;
};

}  // namespace swv
