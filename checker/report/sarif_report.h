// The SARIF 2.1.0 report, for code-scanning tools and editors: one run whose tool.driver.rules
// carry every rule's metadata (id, title, description, family, norm), and one result per
// finding located at the XML file and line of its first evidence (the others as related
// locations). Status maps as in shared/spec/findings-json.md:
//   overtreding -> kind fail, level error      signaal -> kind fail, level warning
//   niet-te-beoordelen -> kind open, level none  voldoet -> kind pass, level none
//   fout -> no result: a toolExecutionNotification (level error) in run.invocations[0],
//   as is every document that failed to load.
// With --baseline each result has baselineState: nieuw -> new, opgelost -> absent,
// ongewijzigd -> unchanged. The finding's key is partialFingerprints["swvcheck/key"].
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "report/report_context.h"

namespace swv {

/// A file path as a SARIF artifact URI: relative paths stay relative, absolute ones become
/// file:// URIs; every byte outside [A-Za-z0-9-._~/] is percent-encoded.
std::string sarif_uri(const std::string& path);

nlohmann::ordered_json report_to_sarif(const CheckResult& result, const ReportContext& context);
std::string write_sarif_report(const CheckResult& result, const ReportContext& context);

}  // namespace swv
