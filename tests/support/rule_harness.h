// Loads rules folders and runs them over one document, for tests of rules and the sandbox.
#pragma once

#include <string>
#include <vector>

#include "engine/engine.h"
#include "rulesdev/rule_test_file.h"
#include "sandbox/limits.h"
#include "sandbox/rule_catalog.h"
#include "support/temp_dir.h"

namespace swv::test {

/// The catalog of `folders`; fails the test (REQUIRE) when it does not load.
RuleCatalog load_catalog_or_fail(const std::vector<std::string>& folders, const SandboxLimits& limits = {});

/// The <rule>_test.lua files beside the catalog's rules; fails the test (showing each error)
/// when one does not load.
std::vector<RuleTestFile> load_rule_tests_or_fail(const RuleCatalog& catalog);

/// The findings of every rule in `folders` on `document` (check date 2026-11-25).
std::vector<Finding> run_rules(const std::vector<std::string>& folders, const std::string& document,
                               const SandboxLimits& limits = {});

/// The findings of one shipped rule on a fixture (path below fixtures/).
std::vector<Finding> run_shipped_rule(const std::string& rule_id, const std::string& fixture_path);

/// A rules folder with one family "test" and the given rule files ("name.lua" -> source).
/// Rules in it use family "test" and ids "test.NAME".
class TestRules {
 public:
  explicit TestRules(const std::vector<std::pair<std::string, std::string>>& rules);
  const std::string& folder() const { return dir_.path(); }
  /// A rule file's source with the required metadata around `check_body`.
  static std::string rule(const std::string& name, const std::string& check_body, const std::string& prelude = "");

 private:
  TempDir dir_;
};

/// Finds the finding of `rule` (and `subject` when given) or fails the test.
const Finding& finding_of(const std::vector<Finding>& findings, const std::string& rule, const std::string& subject = "");

}  // namespace swv::test
