#include "report/json_report.h"

#include "report/summary.h"

namespace swv {

using nlohmann::ordered_json;

ordered_json finding_to_json(const Finding& f) {
  ordered_json evidence = ordered_json::array();
  for (const auto& e : f.evidence) {
    ordered_json item{{"document", e.document}, {"path", e.path}};
    if (e.line > 0) item["line"] = e.line;
    evidence.push_back(std::move(item));
  }
  ordered_json norm{{"id", f.norm.id}, {"title", f.norm.title}, {"source", f.norm.source},
                    {"in_force_from", f.norm.in_force_from}};
  return {{"rule", f.rule},       {"key", f.key},         {"family", f.family},
          {"status", to_string(f.status)},                {"swv", f.swv},
          {"jaar", f.jaar},       {"document", f.document}, {"message", f.message},
          {"values", f.values},   {"evidence", std::move(evidence)},
          {"params", f.params},   {"norm", std::move(norm)}};
}

ordered_json report_to_json(const CheckResult& result, const ReportContext& context) {
  ordered_json documents = ordered_json::array();
  for (const auto& d : result.documents) {
    ordered_json item{{"path", d.path}, {"kind", d.kind}};
    if (!d.swv.empty()) item["swv"] = d.swv;
    if (d.jaar) item["jaar"] = d.jaar;
    item["status"] = d.error ? "fout" : "geladen";
    if (d.error) {
      ordered_json error{{"message", d.error->message}};
      if (d.error->line > 0) error["line"] = d.error->line;
      if (d.error->column > 0) error["column"] = d.error->column;
      item["error"] = std::move(error);
    }
    if (!d.line_errors.empty()) {
      ordered_json errors = ordered_json::array();
      for (const auto& e : d.line_errors) errors.push_back({{"message", e.message}, {"line", e.line}});
      item["errors"] = std::move(errors);
    }
    if (!d.warnings.empty()) item["warnings"] = d.warnings;
    documents.push_back(std::move(item));
  }
  ordered_json findings = ordered_json::array();
  for (const auto& f : result.findings) findings.push_back(finding_to_json(f));
  Summary summary = summarize(result);
  ordered_json counts{{"documents", summary.documents}, {"errors", summary.errors}};
  for (const auto& [status, n] : summary.by_status) counts[to_string(status)] = n;
  return {{"tool", {{"name", "swvcheck"}, {"version", context.tool_version}, {"rules_version", context.rules_version}}},
          {"checked_on", context.checked_on},
          {"documents", std::move(documents)},
          {"findings", std::move(findings)},
          {"summary", std::move(counts)}};
}

std::string write_json_report(const CheckResult& result, const ReportContext& context) {
  return report_to_json(result, context).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace swv
