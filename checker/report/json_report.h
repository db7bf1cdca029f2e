// The JSON report: exactly the findings contract (shared/spec/findings-json.md), version 1.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "report/report_context.h"

namespace swv {

nlohmann::ordered_json finding_to_json(const Finding& finding);
nlohmann::ordered_json report_to_json(const CheckResult& result, const ReportContext& context);
/// The report as text, indented, ending in a newline.
std::string write_json_report(const CheckResult& result, const ReportContext& context);

}  // namespace swv
