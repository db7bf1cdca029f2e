// Every output format of `swvcheck check` behind one call, so the command line only names one.
//   text   for the terminal (report/text_report.h)
//   json   the findings contract (report/json_report.h)
//   html   one self-contained page for people (report/html_report.h)
//   csv    for Dutch Excel (report/csv_report.h)
//   sarif  SARIF 2.1.0 for code-scanning tools and editors (report/sarif_report.h)
#pragma once

#include <string>
#include <vector>

#include "report/report_context.h"
#include "report/text_report.h"

namespace swv {

/// The format names, in the order the help text lists them.
const std::vector<std::string>& report_formats();
bool is_report_format(const std::string& name);
/// "text, json, html, csv of sarif", for help and error messages.
std::string report_formats_list();

/// The report in `format` (one of report_formats()); `text` options apply to the text format.
std::string write_report(const std::string& format, const CheckResult& result, const ReportContext& context,
                         const TextOptions& text = {});

}  // namespace swv
