// The test cases shipped beside the rules: every rule has them, every one passes, and together
// they reach every outcome of every rule, the RS-1 cent boundaries and dated parameters.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "rulesdev/rule_test_file.h"
#include "rulesdev/rule_tests.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

std::vector<const RuleTestCase*> cases_of(const std::vector<RuleTestFile>& files, const std::string& rule) {
  std::vector<const RuleTestCase*> cases;
  for (const auto& file : files)
    if (file.rule == rule)
      for (const auto& c : file.cases) cases.push_back(&c);
  return cases;
}

}  // namespace

TEST_CASE("every shipped test case passes") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::ostringstream out;
  RuleTestSummary summary = run_rule_tests(catalog, {}, {}, out);
  INFO(out.str());
  CHECK(summary.failed == 0);
  CHECK(summary.passed >= 70);
  CHECK_THAT(out.str(), !Catch::Contains("let op: geen testgevallen"));
  std::string closing = std::to_string(summary.passed);
  closing += " passed, 0 failed\n";
  CHECK_THAT(out.str(), Catch::EndsWith(closing));
}

TEST_CASE("every shipped rule has cases for voldoet, a flagged outcome and niet-te-beoordelen") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  auto files = load_rule_tests_or_fail(catalog);
  for (const auto& rule : catalog.rules()) {
    INFO(rule.id);
    std::set<std::string> statuses;
    for (const auto* c : cases_of(files, rule.id))
      for (const auto& e : c->expected) statuses.insert(e.status);
    CHECK(statuses.count("voldoet"));
    CHECK((statuses.count("signaal") || statuses.count("overtreding")));
    CHECK(statuses.count("niet-te-beoordelen"));
  }
}

TEST_CASE("every shipped rule with parameters has cases on both sides of a parameter date") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  auto files = load_rule_tests_or_fail(catalog);
  for (const auto& rule : catalog.rules()) {
    if (rule.params.empty()) continue;
    INFO(rule.id);
    // A case with its own dated values, a year before the first value of a parameter, or a
    // date (such as a registration's peildatum) on which a parameter has no value yet.
    bool dated = false;
    for (const auto* c : cases_of(files, rule.id)) {
      for (const auto& p : c->params) dated = dated || p.values.size() > 1 || p.values.empty();
      for (const auto& e : c->expected)
        dated = dated || e.status == "niet-van-toepassing" || e.message.find("heeft geen waarde op") != std::string::npos;
      for (const auto& name : rule.params) {
        const Parameter* p = catalog.params().find(name);
        if (p && c->jaar && ParamStore::in_force(*p, std::to_string(*c->jaar) + "-12-31") == nullptr) dated = true;
      }
    }
    CHECK(dated);
  }
}

TEST_CASE("RS-1's shipped cases hold the cent boundaries") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  auto files = load_rule_tests_or_fail(catalog);
  bool equal_is_voldoet = false, one_cent_over_is_signaal = false;
  for (const auto* c : cases_of(files, "reserves.signaleringswaarde")) {
    for (const auto& e : c->expected) {
      auto value = [&](const char* name) { return e.values.count(name) ? e.values.at(name) : ""; };
      if (e.status == "voldoet" && value("overschot") == "0.00") equal_is_voldoet = true;
      if (e.status == "signaal" && value("overschot") == "0.01") one_cent_over_is_signaal = true;
    }
  }
  CHECK(equal_is_voldoet);
  CHECK(one_cent_over_is_signaal);
}
