// The shipped rules and their catalogue: every rule says which outcomes it can give and what a
// breach is by legal force, every such outcome has a test case, the parameters a rule reads are
// the ones its metadata lists (so the catalogue shows them), and docs/normen.md is what
// `swvcheck rules catalog` makes of the rules now.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "rulesdev/norm_catalog.h"
#include "rulesdev/rule_test_file.h"
#include "rulesdev/rule_tests.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

}  // namespace

TEST_CASE("shipped rules declare their outcomes and their status by legal force") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  for (const auto& rule : catalog.rules()) {
    INFO(rule.id);
    CHECK_FALSE(rule.outcomes.empty());
    CHECK_FALSE(rule.legal_force.empty());
    // missing data never passes: every rule can say it cannot judge
    CHECK(std::count(rule.outcomes.begin(), rule.outcomes.end(), "niet-te-beoordelen") == 1);
  }
}

TEST_CASE("every outcome a shipped rule can give has a test case, and the cases expect no other") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  auto files = load_rule_tests_or_fail(catalog);
  for (const auto& rule : catalog.rules()) {
    INFO(rule.id);
    auto untested = untested_outcomes(rule, files);
    for (const auto& outcome : untested) UNSCOPED_INFO("geen testgeval voor uitkomst " << outcome);
    CHECK(untested.empty());
    for (const auto& [status, count] : outcome_coverage(rule, files)) {
      INFO(status << " in " << count << " testgevallen");
      bool declared = std::find(rule.outcomes.begin(), rule.outcomes.end(), status) != rule.outcomes.end();
      CHECK((declared || status == "niet-van-toepassing"));
    }
  }
}

TEST_CASE("the parameters a shipped rule reads in its cases are the ones its metadata lists") {
  // Read but not listed would be missing from the catalogue and `rules explain`; listed but
  // never read would be a parameter no test case exercises.
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  auto files = load_rule_tests_or_fail(catalog);
  RuleTestRunner runner(catalog, {});
  std::map<std::string, std::set<std::string>> read;  // rule -> parameters read
  for (const auto& file : files)
    for (const auto& test_case : file.cases)
      for (const auto& f : runner.run(file, test_case).findings)
        for (const auto& [name, value] : f.params) read[f.rule].insert(name);
  for (const auto& rule : catalog.rules()) {
    INFO(rule.id);
    std::set<std::string> listed(rule.params.begin(), rule.params.end());
    CHECK(read[rule.id] == listed);
  }
}

TEST_CASE("docs/normen.md is the current output of swvcheck rules catalog") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::string page = render_norm_catalog(catalog, load_rule_tests_or_fail(catalog));
  std::string committed = read_text(source_path("docs/normen.md"));
  INFO("docs/normen.md is niet actueel; maak hem opnieuw vanuit de bronmap met: " << kNormCatalogCommand
       << " (bijv. build/debug/swvcheck rules catalog --output docs/normen.md)");
  CHECK(committed == page);
}
