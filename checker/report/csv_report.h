// The CSV report, for Dutch Excel by double-click: one row per finding, `;` between fields,
// UTF-8 with a byte order mark, CRLF line ends, decimal comma in amounts.
// Columns: swv;jaar;regel;norm;familie;status;bericht;waarden;bewijs;document;key, and
// `baseline` last when the run had --baseline. `waarden` holds name=value pairs and `bewijs`
// file:line path entries, each list joined by " | ". Load errors are not findings: they are
// not in the CSV (the exit code and the other formats report them).
#pragma once

#include <string>

#include "report/report_context.h"

namespace swv {

/// The one quoting routine: a field holding ; " CR or LF is put in double quotes with its
/// quotes doubled. A field starting with = + - or @ gets a leading apostrophe first, so
/// Excel shows it as text instead of running it as a formula.
std::string csv_field(const std::string& text);

std::string write_csv_report(const CheckResult& result, const ReportContext& context);

}  // namespace swv
