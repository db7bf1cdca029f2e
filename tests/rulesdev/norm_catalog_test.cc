// The norm catalogue (`swvcheck rules catalog`): declared outcomes and legal force in the rule
// metadata (validated at load), how test cases are counted per outcome, which declared outcomes
// have no case, an undeclared outcome failing `rules test`, and the page itself.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>

#include "rulesdev/norm_catalog.h"
#include "rulesdev/rule_test_file.h"
#include "rulesdev/rule_tests.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

// A rule "test.grens" with the given extra metadata lines: signaal above test.grens, voldoet
// otherwise, niet-te-beoordelen without baten.
std::string grens_rule(const std::string& metadata) {
  return "return {\n  id = \"test.grens\",\n  norm_id = \"T-2\",\n  title = \"Baten | grens\",\n"
         "  family = \"test\",\n  sectors = { \"PO\" },\n  documents = { \"jaarverslag\" },\n"
         "  norm = { title = \"Grensnorm\", source = \"Testwet art. 1\", in_force_from = \"2019-01-01\" },\n"
         "  description = \"Baten boven de grens zijn een signaal.\",\n"
         "  params = { \"test.grens\" },\n" +
         metadata +
         "  check = function(doc, ctx)\n"
         "    local grens = ctx:param(\"test.grens\")\n"
         "    local baten = doc:amount(\"financien/baten/totaal\")\n"
         "    if baten == nil then return ctx:niet_te_beoordelen{} end\n"
         "    if baten > math.tointeger(tonumber((grens:gsub('%.', '')))) then\n"
         "      return ctx:signaal{ message = \"boven \" .. grens }\n"
         "    end\n"
         "    ctx:voldoet{ message = \"niet boven \" .. grens }\n"
         "  end,\n}\n";
}

std::string grens_tests(const std::string& cases) {
  return "return {\n  rule = \"test.grens\",\n  jaar = 2021,\n"
         "  document = [[<financien><baten><totaal>150.00</totaal></baten></financien>]],\n"
         "  cases = {\n" + cases + "  },\n}\n";
}

const char* kAllCases =
    "    { name = \"boven\", expected = { status = \"signaal\" } },\n"
    "    { name = \"boven, nog eens\", change = { [\"financien/baten/totaal\"] = \"150.01\" }, expected = { status = \"signaal\" } },\n"
    "    { name = \"op de grens\", change = { [\"financien/baten/totaal\"] = \"100.00\" }, expected = { status = \"voldoet\" } },\n"
    "    { name = \"geen baten\", change = { [\"financien/baten/totaal\"] = false }, expected = { status = \"niet-te-beoordelen\" } },\n";

std::vector<RuleLoadError> load_errors(const TestRules& rules) {
  RuleCatalog catalog;
  std::vector<RuleLoadError> errors;
  RuleCatalog::load({rules.folder()}, {}, &catalog, &errors);
  return errors;
}

}  // namespace

TEST_CASE("catalog: outcomes and legal_force are read from the metadata, outcomes in a fixed order") {
  TestRules rules({{"grens.lua", grens_rule("  outcomes = { \"signaal\", \"niet-te-beoordelen\", \"voldoet\" },\n")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  const RuleInfo* rule = catalog.find("test.grens");
  REQUIRE(rule);
  CHECK(rule->outcomes == std::vector<std::string>{"voldoet", "signaal", "niet-te-beoordelen"});
  CHECK(rule->legal_force.empty());

  TestRules with_force({{"grens.lua", grens_rule("").replace(
      grens_rule("").find("in_force_from"), 0, "legal_force = \"signaal: afspraak\", ")}});
  catalog = load_catalog_or_fail({with_force.folder()});
  CHECK(catalog.find("test.grens")->legal_force == "signaal: afspraak");
  CHECK(catalog.find("test.grens")->outcomes.empty());  // optional
}

TEST_CASE("catalog: a bad outcomes field is a load error with file and line") {
  for (const auto& [field, message] : std::vector<std::pair<std::string, std::string>>{
           {"  outcomes = { \"voldoet\", \"fout\" },\n", "outcomes: onbekende uitkomst 'fout'"},
           {"  outcomes = { \"voldoet\", \"geslaagd\" },\n", "outcomes: onbekende uitkomst 'geslaagd'"},
           {"  outcomes = { \"signaal\", \"signaal\" },\n", "outcomes: 'signaal' staat er twee keer in"},
           {"  outcomes = {},\n", "outcomes: moet een lijst van uitkomsten zijn"},
           {"  outcomes = \"voldoet\",\n", "outcomes: moet een lijst van uitkomsten zijn"}}) {
    INFO(field);
    TestRules rules({{"grens.lua", grens_rule(field)}});
    auto errors = load_errors(rules);
    REQUIRE(errors.size() == 1);
    CHECK_THAT(errors[0].message, Catch::StartsWith(message));
    CHECK(errors[0].line == 11);  // the outcomes line
  }
  std::string rule = grens_rule("");
  rule.replace(rule.find("in_force_from"), 0, "legal_force = 3, ");
  TestRules rules({{"grens.lua", rule}});
  auto errors = load_errors(rules);
  REQUIRE(errors.size() == 1);
  CHECK_THAT(errors[0].message, Catch::StartsWith("norm: legal_force moet tekst zijn"));
}

TEST_CASE("catalog: cases are counted once per outcome they expect") {
  TestRules rules({{"grens.lua", grens_rule("  outcomes = { \"voldoet\", \"signaal\", \"niet-te-beoordelen\" },\n")},
                   {"grens_test.lua", grens_tests(std::string(kAllCases) +
                        "    { name = \"twee bevindingen\", expected = { { subject = \"a\", status = \"signaal\" },"
                        " { subject = \"b\", status = \"signaal\" }, { subject = \"c\", status = \"voldoet\" } } },\n"
                        "    { name = \"geen\", jaar = 2030, expected = { status = \"niet-van-toepassing\" } },\n")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto files = load_rule_tests_or_fail(catalog);
  auto coverage = outcome_coverage(*catalog.find("test.grens"), files);
  CHECK(coverage == std::map<std::string, int>{
                        {"signaal", 3}, {"voldoet", 2}, {"niet-te-beoordelen", 1}, {"niet-van-toepassing", 1}});
  CHECK(untested_outcomes(*catalog.find("test.grens"), files).empty());
}

TEST_CASE("catalog: a declared outcome without a test case is reported") {
  TestRules rules({{"grens.lua", grens_rule("  outcomes = { \"voldoet\", \"signaal\", \"overtreding\", \"niet-te-beoordelen\" },\n")},
                   {"grens_test.lua", grens_tests(kAllCases)}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto files = load_rule_tests_or_fail(catalog);
  CHECK(untested_outcomes(*catalog.find("test.grens"), files) == std::vector<std::string>{"overtreding"});
  // the page marks it
  std::string page = render_norm_catalog(catalog, files);
  CHECK_THAT(page, Catch::Contains("| overtreding | **0** |"));
}

TEST_CASE("catalog: rules test fails a case whose outcome the rule does not declare") {
  TestRules rules({{"grens.lua", grens_rule("  outcomes = { \"voldoet\", \"niet-te-beoordelen\" },\n")},
                   {"grens_test.lua", grens_tests(kAllCases)}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  std::ostringstream out;
  auto summary = run_rule_tests(catalog, {}, {}, out);
  INFO(out.str());
  CHECK(summary.failed == 2);  // the two signaal cases
  CHECK(summary.passed == 2);
  CHECK_THAT(out.str(), Catch::Contains("uitkomst signaal staat niet in outcomes van de regel (voldoet, niet-te-beoordelen)"));

  // without declared outcomes nothing is checked
  TestRules undeclared({{"grens.lua", grens_rule("")}, {"grens_test.lua", grens_tests(kAllCases)}});
  RuleCatalog plain = load_catalog_or_fail({undeclared.folder()});
  std::ostringstream out2;
  CHECK(run_rule_tests(plain, {}, {}, out2).failed == 0);
}

TEST_CASE("catalog: the page lists per norm its rule, source, status, parameters with periods and counts") {
  std::string rule = grens_rule("  outcomes = { \"voldoet\", \"signaal\", \"niet-te-beoordelen\" },\n");
  rule.replace(rule.find("in_force_from"), 0, "legal_force = \"signaal: een afspraak, geen wet\", ");
  TestRules rules({{"grens.lua", rule}, {"sub/grens_test.lua", grens_tests(kAllCases)}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto files = load_rule_tests_or_fail(catalog);
  std::string page = render_norm_catalog(catalog, files);
  INFO(page);
  CHECK_THAT(page, Catch::StartsWith("<!-- Gemaakt door `swvcheck rules catalog --output docs/normen.md`"));
  CHECK_THAT(page, Catch::Contains("## Overzicht"));
  CHECK_THAT(page, Catch::Contains("| T-2 | `test.grens` | Test | signaal | 1 | 2 | — | 1 |"));
  CHECK_THAT(page, Catch::Contains("## Test (`test`)"));
  CHECK_THAT(page, Catch::Contains("### T-2: Grensnorm"));
  CHECK_THAT(page, Catch::Contains("**Regel `test.grens`**: Baten \\| grens"));  // a pipe is escaped
  CHECK_THAT(page, Catch::Contains("- Wettelijke basis (bron): Testwet art. 1"));
  CHECK_THAT(page, Catch::Contains("- Status bij niet voldoen: signaal: een afspraak, geen wet"));
  CHECK_THAT(page, Catch::Contains("- In werking: vanaf 2019-01-01"));
  CHECK_THAT(page, Catch::Contains("- Bestand: `grens.lua`; testgevallen: `sub/grens_test.lua`"));
  CHECK_THAT(page, Catch::Contains("| `test.grens` | testgrens (bron: test) | bedrag | vanaf 2019-01-01 tot 2022-01-01 | `100.00` |"));
  CHECK_THAT(page, Catch::Contains("| | | | vanaf 2022-01-01 tot 2024-01-01 | `200.00` |"));
  CHECK_THAT(page, Catch::Contains("| | | | vanaf 2024-01-01 | geen waarde |"));
  CHECK_THAT(page, Catch::Contains("| voldoet | 1 |\n| signaal | 2 |\n| niet-te-beoordelen | 1 |\n| totaal | 4 |"));
  // nothing that changes between runs or machines
  CHECK(page.find(rules.folder()) == std::string::npos);
  CHECK(page == render_norm_catalog(catalog, files));
  CHECK(page.back() == '\n');
  CHECK(page.substr(page.size() - 2) != "\n\n");
}

TEST_CASE("catalog: norm ids sort naturally and a norm with two rules lists both") {
  std::string a = grens_rule("");
  std::string b = grens_rule("");
  b.replace(b.find("test.grens\",\n  norm_id"), 10, "test.grens2");
  std::string c = grens_rule("");
  c.replace(c.find("test.grens\",\n  norm_id"), 10, "test.grens3");
  c.replace(c.find("T-2"), 3, "T-10");
  TestRules rules({{"a.lua", a}, {"b.lua", b}, {"c.lua", c}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  std::string page = render_norm_catalog(catalog, {});
  auto t2 = page.find("### T-2:"), t10 = page.find("### T-10:");
  REQUIRE(t2 != std::string::npos);
  REQUIRE(t10 != std::string::npos);
  CHECK(t2 < t10);
  auto first = page.find("**Regel `test.grens`**"), second = page.find("**Regel `test.grens2`**");
  CHECK((first > t2 && second > first && second < t10));
  CHECK(page.find("### T-2:", t2 + 1) == std::string::npos);  // one heading for both rules
  CHECK_THAT(page, Catch::Contains("testgevallen: geen"));
}
