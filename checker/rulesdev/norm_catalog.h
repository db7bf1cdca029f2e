// The norm catalogue (`swvcheck rules catalog`, docs/normen.md): one Dutch Markdown page made
// from what the rules folders hold, so it cannot drift from them. Knows no norm: everything on
// the page comes from rule metadata, the dated parameters and the expectations of test cases.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "rulesdev/rule_test_file.h"
#include "sandbox/rule_catalog.h"

namespace swv {

/// How many test cases of `rule` expect each status (a status a case expects of several
/// subjects counts once for that case), including "niet-van-toepassing" (no finding).
std::map<std::string, int> outcome_coverage(const RuleInfo& rule, const std::vector<RuleTestFile>& tests);

/// The outcomes `rule` declares (metadata `outcomes`) that no test case expects.
std::vector<std::string> untested_outcomes(const RuleInfo& rule, const std::vector<RuleTestFile>& tests);

/// The page: per family and norm id its rules with legal basis (source), status by legal force,
/// in-force date, parameters with every dated value, and the number of test cases per outcome.
/// Deterministic: no date, version or absolute path, so a committed copy can be compared.
std::string render_norm_catalog(const RuleCatalog& catalog, const std::vector<RuleTestFile>& tests);

/// The command that writes the shipped page, named on the page and in test failures.
inline constexpr const char* kNormCatalogCommand = "swvcheck rules catalog --output docs/normen.md";

}  // namespace swv
