// Every output format of `swvcheck check` behind one interface, so the command line only names one.
//   text   for the terminal (report/text_report.h)
//   json   the findings contract (report/json_report.h)
//   html   one self-contained page for people (report/html_report.h)
//   csv    for Dutch Excel (report/csv_report.h)
//   sarif  SARIF 2.1.0 for code-scanning tools and editors (report/sarif_report.h)
//   xlsx   an Excel workbook for analysts (report/xlsx_report.h)
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "report/file_copy.h"
#include "report/finding_tallies.h"
#include "report/report_context.h"
#include "report/text_report.h"

namespace swv {

/// The format names, in the order the help text lists them.
const std::vector<std::string>& report_formats();
bool is_report_format(const std::string& name);
/// "text, json, html, csv of sarif", for help and error messages.
std::string report_formats_list();

/// A report written while the check runs: add() takes each unit's findings in report order
/// (CheckOptions::on_findings; it throws ReportWriteError when the report cannot be written),
/// finish() writes what could only be written at the end.
class ReportWriter {
 public:
  virtual ~ReportWriter() = default;
  virtual void add(std::vector<Finding>&& findings) = 0;
  /// Writes the rest of the report through `write`; false when a write failed.
  virtual bool finish(const std::vector<DocumentRecord>& documents,
                      const std::function<bool(std::string_view)>& write) = 0;
  /// The counts of every finding added, for the summary and the exit code.
  virtual const FindingTallies& tallies() const = 0;
  /// The rules that did not apply to some documents (CheckResult::not_applicable), known when
  /// the check is done: call before finish(), which lists them in the summary.
  virtual void set_not_applicable(std::vector<NotApplicable> counts) = 0;
};

/// The writer of `format` (one of report_formats()); `text` options apply to the text format,
/// a spill file goes in `spill_directory`, and a format that writes as it goes (csv) uses
/// `write` from the start. A context with a baseline path gives the baseline columns. With
/// `copy_spill`, the formats that copy a spill file whole into the report (json, sarif) copy it
/// into the destination that way (report/file_copy.h).
std::unique_ptr<ReportWriter> make_report_writer(const std::string& format, const ReportContext& context,
                                                 const TextOptions& text, const std::string& spill_directory,
                                                 std::function<bool(std::string_view)> write,
                                                 FileCopier copy_spill = {});

/// True for the formats that have the SWV view (`--view swv`, report/swv_view.h): text and html.
/// json, csv and sarif are one record per finding already, for tools; they have no such view.
bool has_swv_view(const std::string& format);
/// The writer of the SWV view in `format` (has_swv_view).
std::unique_ptr<ReportWriter> make_swv_view_writer(const std::string& format, const ReportContext& context,
                                                   const std::string& spill_directory);

}  // namespace swv
