#include "cli/reference_set.h"

namespace swv {

bool check_reference_set(const RuleCatalog& catalog, const std::string& folder, const SandboxLimits& limits,
                         const std::string& check_date, const CheckOptions& options, KengetalCollector* figures,
                         SectorReference* reference, std::string* error) {
  std::vector<UnreadableEntry> unreadable;
  auto files = expand_input_paths({folder}, error, &unreadable);
  if (!error->empty()) {
    *error = "--reference: " + *error;
    return false;
  }
  if (files.empty() && unreadable.empty()) {
    *error = "--reference: geen .xml-bestanden gevonden in " + folder;
    return false;
  }
  std::vector<const RuleInfo*> rules;
  for (const auto& rule : catalog.rules())
    if (rule.kengetal) rules.push_back(&rule);
  if (rules.empty()) {
    *error = "--reference: geen enkele regel berekent een kengetal (metadata kengetal)";
    return false;
  }
  CheckOptions run;
  run.jobs = options.jobs;
  run.max_document_bytes = options.max_document_bytes;
  run.unreadable = std::move(unreadable);
  run.on_findings = [&](std::vector<Finding>&& findings) { figures->add(findings); };
  CheckResult result = check_files(catalog, files, rules, limits, check_date, run);
  reference->folder = folder;
  for (const auto& d : result.documents) {
    if (d.error) {
      std::string where = d.path;
      if (d.error->line > 0) where += ", regel " + std::to_string(d.error->line);
      if (d.error->column > 0) where += ", kolom " + std::to_string(d.error->column);
      reference->warnings.push_back("referentiedocument " + where + " niet geladen: " + d.error->message);
    } else if (d.kind == "jaarverslag") {
      ++reference->reports;
    }
  }
  return true;
}

}  // namespace swv
