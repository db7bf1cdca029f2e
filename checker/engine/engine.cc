#include "engine/engine.h"

#include <algorithm>
#include <cctype>

#include "documents/annual_report.h"
#include "sandbox/rule_runner.h"

namespace swv {
namespace {

std::string upper(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

std::vector<const RuleInfo*> select_rules(const RuleCatalog& catalog, const std::vector<std::string>& filters,
                                          std::string* error) {
  std::vector<const RuleInfo*> selected;
  for (const auto& filter : filters) {
    bool matched = false;
    for (const auto& rule : catalog.rules()) {
      if (rule.id == filter || rule.family == filter || upper(rule.norm_id) == upper(filter)) {
        matched = true;
        if (std::find(selected.begin(), selected.end(), &rule) == selected.end()) selected.push_back(&rule);
      }
    }
    if (!matched) {
      *error = "geen regel, familie of norm '" + filter + "' (zie: swvcheck rules list)";
      return {};
    }
  }
  std::sort(selected.begin(), selected.end(), [](const RuleInfo* a, const RuleInfo* b) { return a->id < b->id; });
  return selected;
}

CheckResult check_files(const RuleCatalog& catalog, const std::vector<std::string>& files,
                        const std::vector<const RuleInfo*>& rules, const SandboxLimits& limits,
                        const std::string& check_date) {
  CheckResult result;
  RuleRunner runner(catalog, limits, check_date);
  for (const auto& file : files) {
    DocumentRecord record;
    record.path = file;
    LoadError error;
    auto report = AnnualReport::load(file, &error);
    if (!report) {
      record.kind = "jaarverslag";
      record.error = error;
      result.documents.push_back(std::move(record));
      continue;
    }
    record.kind = report->kind();
    record.swv = report->swv();
    record.jaar = report->jaar();
    result.documents.push_back(std::move(record));
    auto findings = runner.run(*report, rules);
    std::move(findings.begin(), findings.end(), std::back_inserter(result.findings));
  }
  return result;
}

}  // namespace swv
