#include "support/rule_harness.h"

#include <catch2/catch.hpp>

#include "rulesdev/rule_tests.h"
#include "support/paths.h"

namespace swv::test {

RuleCatalog load_catalog_or_fail(const std::vector<std::string>& folders, const SandboxLimits& limits) {
  RuleCatalog catalog;
  std::vector<RuleLoadError> errors;
  bool ok = RuleCatalog::load(folders, limits, &catalog, &errors);
  for (const auto& e : errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(ok);
  return catalog;
}

std::vector<RuleTestFile> load_rule_tests_or_fail(const RuleCatalog& catalog) {
  std::vector<RuleLoadError> errors;
  auto files = load_rule_tests(catalog, {}, &errors);
  for (const auto& e : errors) UNSCOPED_INFO(e.to_string());
  REQUIRE(errors.empty());
  return files;
}

std::vector<Finding> run_rules(const std::vector<std::string>& folders, const std::string& document,
                               const SandboxLimits& limits) {
  RuleCatalog catalog = load_catalog_or_fail(folders, limits);
  CheckResult result = check_files(catalog, {document}, {}, limits, "2026-11-25");
  REQUIRE(result.documents.size() == 1);
  if (result.documents[0].error) FAIL("document did not load: " << result.documents[0].error->message);
  return result.findings;
}

std::vector<Finding> run_shipped_rule(const std::string& rule_id, const std::string& fixture_path) {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::string error;
  auto selected = select_rules(catalog, {rule_id}, &error);
  REQUIRE(error.empty());
  CheckResult result = check_files(catalog, {fixture(fixture_path)}, selected, {}, "2026-11-25");
  REQUIRE(result.documents.size() == 1);
  if (result.documents[0].error) FAIL("fixture did not load: " << result.documents[0].error->message);
  return result.findings;
}

TestRules::TestRules(const std::vector<std::pair<std::string, std::string>>& rules) {
  dir_.write("families.lua", "return { { id = \"test\", title = \"Test\" } }\n");
  dir_.write("params/test.lua",
             "return { [\"test.grens\"] = { description = \"testgrens\", source = \"test\", unit = \"bedrag\",\n"
             "  values = { { from = \"2019-01-01\", value = \"100.00\" }, { from = \"2022-01-01\", value = \"200.00\" },\n"
             "             { from = \"2024-01-01\", none = true } } } }\n");
  for (const auto& [name, source] : rules) dir_.write(name, source);
}

std::string TestRules::rule(const std::string& name, const std::string& check_body, const std::string& prelude) {
  return prelude + "\nreturn {\n  id = \"test." + name + "\",\n  norm_id = \"T-1\",\n  title = \"Test " + name +
         "\",\n  family = \"test\",\n  sectors = { \"PO\", \"VO\" },\n  documents = { \"jaarverslag\" },\n"
         "  norm = { title = \"Testnorm\", source = \"test\", in_force_from = \"2019-01-01\" },\n"
         "  description = \"test\",\n  check = function(doc, ctx)\n" +
         check_body + "\n  end,\n}\n";
}

const Finding& finding_of(const std::vector<Finding>& findings, const std::string& rule, const std::string& subject) {
  for (const auto& f : findings)
    if (f.rule == rule && (subject.empty() || f.key == rule + "/" + f.swv + "/" + subject)) return f;
  FAIL("no finding of " << rule << (subject.empty() ? "" : "/" + subject));
  throw std::logic_error("unreachable");
}

}  // namespace swv::test
