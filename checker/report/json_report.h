// The JSON report: exactly the findings contract (shared/spec/findings-json.md), version 1.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "report/report_context.h"

namespace swv {

/// A finding with the "baseline" field when it has a mark.
nlohmann::ordered_json finding_to_json(const Finding& finding);
/// The inverse, for reading an earlier report (--baseline): nullopt without a key or a known
/// status; other missing fields stay empty, non-string values are kept as their JSON text.
std::optional<Finding> finding_from_json(const nlohmann::json& item);
nlohmann::ordered_json report_to_json(const CheckResult& result, const ReportContext& context);
/// The report as text, indented, ending in a newline.
std::string write_json_report(const CheckResult& result, const ReportContext& context);

}  // namespace swv
