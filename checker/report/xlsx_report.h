// The Excel workbook (`--format xlsx`, libxlsxwriter): what analysts otherwise rebuild by hand
// from the CSV.
//   Bevindingen  one row per finding with the CSV's columns, a frozen header, an autofilter and
//                the status as a coloured cell;
//   per family   one row per SWV, year and document with each rule's status and values: amounts
//                as numbers in euros, ISO dates as dates, counts and ratios as numbers (a value a
//                rule lists in `getallen` is a number, not an amount). Per rule the values of its
//                first finding in that report, the status its most serious one.
// The findings sheet is written row by row (libxlsxwriter's constant_memory mode, temporary files
// in the spill directory); the family sheets keep one row of values per report in memory.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding_tallies.h"
#include "report/report_context.h"
#include "report/summary.h"

namespace swv {

class XlsxReportWriter {
 public:
  XlsxReportWriter(const ReportContext& context, const std::string& spill_directory);
  ~XlsxReportWriter();
  XlsxReportWriter(const XlsxReportWriter&) = delete;
  XlsxReportWriter& operator=(const XlsxReportWriter&) = delete;
  /// Writes the findings' rows (CheckOptions::on_findings); throws ReportWriteError on failure.
  void add(std::vector<Finding>&& findings);
  /// Writes the family sheets, closes the workbook and passes its bytes to `write`.
  bool finish(const std::vector<DocumentRecord>& documents, const std::function<bool(std::string_view)>& write);
  const FindingTallies& tallies() const { return tallies_; }
  FindingTallies& tallies() { return tallies_; }

  struct Workbook;

 private:
  ReportContext context_;
  std::unique_ptr<Workbook> book_;
  FindingTallies tallies_;
};

}  // namespace swv
