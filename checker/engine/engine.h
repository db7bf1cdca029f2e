// Runs a rule catalog over a set of input files: load, check and release each document in
// turn, keeping only its record and findings. One bad document never stops the others.
#pragma once

#include <string>
#include <vector>

#include "findings/finding.h"
#include "sandbox/limits.h"
#include "sandbox/rule_catalog.h"

namespace swv {

struct CheckResult {
  std::vector<DocumentRecord> documents;  ///< in input order (sorted paths)
  std::vector<Finding> findings;          ///< per document, then in rule order
};

/// Selects rules by id, family or norm id ("RS-1"). Empty filters select every rule. An
/// unknown filter fills `error`.
std::vector<const RuleInfo*> select_rules(const RuleCatalog& catalog, const std::vector<std::string>& filters,
                                          std::string* error);

/// Checks every file with the selected rules (all when `rules` is empty).
CheckResult check_files(const RuleCatalog& catalog, const std::vector<std::string>& files,
                        const std::vector<const RuleInfo*>& rules, const SandboxLimits& limits,
                        const std::string& check_date);

}  // namespace swv
