// The terminal report: findings grouped per SWV and year, most serious first, one line per
// finding with its evidence, then documents that failed to load and a summary line.
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
