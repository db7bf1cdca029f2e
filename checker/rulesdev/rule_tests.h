// Runs the test cases authors write beside their rules (`swvcheck rules test`) and observes
// what a rule reads over them (`swvcheck rules explain`). Knows no norm: a case only names a
// rule, a document and the expected outcome.
#pragma once

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "findings/finding.h"
#include "rulesdev/rule_test_file.h"
#include "sandbox/limits.h"
#include "sandbox/rule_catalog.h"

namespace swv {

class RuleRunner;

/// What one case gave and whether it matched.
struct CaseOutcome {
  bool passed = false;
  std::vector<std::string> differences;  ///< Dutch, one line each; empty when passed
  std::vector<Finding> findings;         ///< the rule's findings on the case's document
  std::vector<std::string> read_paths;   ///< every value the rule read (present or absent)
};

/// Runs cases against one catalog. A case with its own parameter values or check date gets a
/// copy of the catalog with those values, and a runner of its own (kept for later cases).
class RuleTestRunner {
 public:
  RuleTestRunner(const RuleCatalog& catalog, const SandboxLimits& limits);
  ~RuleTestRunner();

  CaseOutcome run(const RuleTestFile& file, const RuleTestCase& test_case);

 private:
  struct Variant;
  Variant& variant_for(const RuleTestCase& test_case);

  const RuleCatalog& catalog_;
  SandboxLimits limits_;
  std::string today_;
  std::map<std::string, std::unique_ptr<Variant>> variants_;
};

/// The differences between what `rule` found (`findings`) and `expected`; empty when they match.
/// Only what an expectation names is compared; findings of other subjects are ignored.
std::vector<std::string> compare_with_expected(const std::string& rule, const std::vector<Expectation>& expected,
                                               const std::vector<Finding>& findings);

/// One line per status the rule gave in `findings` that its metadata `outcomes` does not declare
/// (nothing when the rule declares none); `fout` is never declared and not reported here.
std::vector<std::string> undeclared_outcomes(const RuleInfo& rule, const std::vector<Finding>& findings);

struct RuleTestSummary {
  int passed = 0;
  int failed = 0;
};

/// `swvcheck rules test`: every case of the test files whose rule is in `rules` (every rule when
/// empty); prints one line per case (with the differences when it fails), a test file that does
/// not load as a failed line, a note for rules without cases, and the closing line
/// "N passed, N failed".
RuleTestSummary run_rule_tests(const RuleCatalog& catalog, const std::vector<const RuleInfo*>& rules,
                               const SandboxLimits& limits, std::ostream& out);

/// What a rule did over its own test cases: the data it read (element and attribute paths
/// without positions, in the order first read) and the statuses it gave.
struct RuleObservation {
  int cases = 0;
  std::vector<std::string> read_paths;
  std::vector<std::string> statuses;
  std::vector<RuleLoadError> errors;  ///< test files that did not load
};

RuleObservation observe_rule(const RuleCatalog& catalog, const RuleInfo& rule, const SandboxLimits& limits);

}  // namespace swv
