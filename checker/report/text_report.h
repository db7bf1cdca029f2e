// The terminal report: findings grouped per SWV and year, most serious first, one line per
// finding with its evidence (with --baseline a column nieuw/opgelost/ongewijzigd, and findings
// carried over from the baseline last), then documents that failed to load, for more than one
// SWV a table of counts per family and the SWVs ranked by weight, and a summary line.
#pragma once

#include <string>

#include "report/report_context.h"

namespace swv {

struct TextOptions {
  bool color = false;     ///< ANSI colours (only when writing to a terminal)
  bool verbose = false;   ///< evidence and norm for every finding, not only flagged ones
};

std::string write_text_report(const CheckResult& result, const ReportContext& context, const TextOptions& options);

}  // namespace swv
