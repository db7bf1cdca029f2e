// Running rule test cases: comparing findings with expectations, a case's own parameter values
// and check date, the pass/fail report with its closing line, and what explain observes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "rulesdev/rule_tests.h"
#include "rulesdev/rulesdev_fixtures.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

Finding finding(Status status, const std::string& subject = "", std::map<std::string, std::string> values = {},
                std::map<std::string, std::string> params = {}, const std::string& message = "bericht") {
  Finding f;
  f.rule = "test.r";
  f.swv = "PO1";
  f.key = "test.r/PO1" + (subject.empty() ? "" : "/" + subject);
  f.status = status;
  f.values = std::move(values);
  f.params = std::move(params);
  f.message = message;
  return f;
}

Expectation expect(const std::string& status, const std::string& subject = "") {
  Expectation e;
  e.status = status;
  e.subject = subject;
  return e;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

// The lines of `text`.
std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::string grens_tests(const std::string& cases) {
  return "return {\n  rule = \"test.grens\",\n  jaar = 2021,\n  document = [[" + baten_fragment("150.00") +
         "]],\n  cases = {\n" + cases + "\n  },\n}\n";
}

struct Run {
  RuleTestSummary summary;
  std::string out;
};

Run run_tests(const std::vector<std::string>& folders, const std::vector<std::string>& filters = {}) {
  RuleCatalog catalog = load_catalog_or_fail(folders);
  std::string error;
  auto selected = select_rules(catalog, filters, &error);
  REQUIRE(error.empty());
  Run run;
  std::ostringstream out;
  run.summary = run_rule_tests(catalog, selected, {}, out);
  run.out = out.str();
  UNSCOPED_INFO(run.out);
  return run;
}

}  // namespace

TEST_CASE("findings are compared with what the case expects") {
  SECTION("the same status, values, parameters and message text: no difference") {
    Expectation e = expect("signaal");
    e.values = {{"a", "1"}};
    e.params = {{"p", "0.035"}};
    e.message = "richt";
    CHECK(compare_with_expected("test.r", {e}, {finding(Status::signaal, "", {{"a", "1"}, {"b", "2"}}, {{"p", "0.035"}})}).empty());
  }
  SECTION("each difference is named, with the finding's message") {
    Expectation e = expect("voldoet");
    e.values = {{"a", "1"}, {"c", "3"}};
    e.params = {{"p", "0.05"}};
    e.message = "anders";
    auto differences = compare_with_expected("test.r", {e}, {finding(Status::signaal, "", {{"a", "2"}}, {{"p", "0.035"}})});
    CHECK(joined(differences) ==
          "status: verwacht voldoet, kreeg signaal\n"
          "waarde a: verwacht \"1\", kreeg \"2\"\n"
          "waarde c: verwacht \"3\", maar de bevinding heeft geen c\n"
          "parameter p: verwacht \"0.05\", kreeg \"0.035\"\n"
          "melding bevat niet \"anders\"\n"
          "melding: bericht\n");
  }
  SECTION("a subject picks its finding; the others are not compared") {
    std::vector<Finding> findings{finding(Status::voldoet, "baten"), finding(Status::overtreding, "lasten")};
    CHECK(compare_with_expected("test.r", {expect("overtreding", "lasten")}, findings).empty());
    CHECK(joined(compare_with_expected("test.r", {expect("voldoet", "lasten")}, findings)) ==
          "[lasten] status: verwacht voldoet, kreeg overtreding\n[lasten] melding: bericht\n");
    CHECK(joined(compare_with_expected("test.r", {expect("voldoet", "resultaat")}, findings)) ==
          "[resultaat] status: verwacht voldoet, kreeg voldoet (baten), overtreding (lasten)\n");
  }
  SECTION("without a subject the rule must have given one finding, or one without subject") {
    std::vector<Finding> findings{finding(Status::voldoet, "baten"), finding(Status::voldoet, "lasten")};
    CHECK_THAT(joined(compare_with_expected("test.r", {expect("voldoet")}, findings)),
               Catch::Contains("geef subject = ... in expected"));
    CHECK(compare_with_expected("test.r", {expect("voldoet")}, {finding(Status::voldoet, "baten")}).empty());
  }
  SECTION("niet-van-toepassing means no finding at all") {
    CHECK(compare_with_expected("test.r", {expect("niet-van-toepassing")}, {}).empty());
    CHECK(joined(compare_with_expected("test.r", {expect("niet-van-toepassing")}, {finding(Status::voldoet)})) ==
          "status: verwacht niet-van-toepassing (geen bevinding), kreeg voldoet\n");
    CHECK(joined(compare_with_expected("test.r", {expect("voldoet")}, {})) ==
          "status: verwacht voldoet, kreeg geen bevinding (niet van toepassing)\n");
  }
}

TEST_CASE("rules test prints a line per case, the differences of a failure and the closing line") {
  TestRules rules({{"grens.lua", grens_rule()},
                   {"grens_test.lua", grens_tests(R"lua(
    { name = "boven de grens", expected = { status = "signaal", values = { baten = 15000, grens = "100.00" } } },
    { name = "precies op de grens",
      change = { ["financien/baten/totaal"] = "100.00" },
      expected = { status = "voldoet" } },
    { name = "verkeerd verwacht",
      expected = { status = "voldoet", values = { grens = "150.00" } } },
    { name = "kapot document",
      change = { ["financien/lasten"] = false },
      expected = { status = "voldoet" } },)lua")}});
  Run run = run_tests({rules.folder()});
  CHECK(run.summary.passed == 2);
  CHECK(run.summary.failed == 2);
  std::string file = rules.folder() + "/grens_test.lua";
  CHECK(lines_of(run.out) == std::vector<std::string>{
                                 "geslaagd  test.grens: boven de grens",
                                 "geslaagd  test.grens: precies op de grens",
                                 "mislukt   test.grens: verkeerd verwacht  (" + file + ":11)",
                                 "          status: verwacht voldoet, kreeg signaal",
                                 "          waarde grens: verwacht \"150.00\", kreeg \"100.00\"",
                                 "          melding: baten boven de grens 100.00",
                                 "mislukt   test.grens: kapot document  (" + file + ":13)",
                                 "          change[\"financien/lasten\"] = false: er is niets te verwijderen, het pad komt niet voor",
                                 "2 passed, 2 failed",
                             });
}

TEST_CASE("rules test shows a rule's message and values with control characters escaped, not sent to the terminal") {
  TestRules rules({{"stuur.lua", TestRules::rule("stuur", R"lua(
    ctx:signaal{ message = "wis\27[2J het scherm", values = { x = "a\27b" } })lua")},
                   {"stuur_test.lua", "return {\n  rule = \"test.stuur\",\n  jaar = 2021,\n  document = [[" +
                                          baten_fragment("150.00") +
                                          "]],\n  cases = {\n    { name = \"geval\\27[31m\", expected = { status = "
                                          "\"voldoet\", values = { x = \"b\" } } },\n  },\n}\n"}});
  Run run = run_tests({rules.folder()});
  CHECK(run.summary.failed == 1);
  CHECK(run.out.find('\x1b') == std::string::npos);
  CHECK(run.out.find("test.stuur: geval\\x1b[31m") != std::string::npos);
  CHECK(run.out.find("waarde x: verwacht \"b\", kreeg \"a\\x1bb\"") != std::string::npos);
  CHECK(run.out.find("melding: wis\\x1b[2J het scherm") != std::string::npos);
}

TEST_CASE("rules test counts a test file that does not load as a failure and notes rules without cases") {
  TestRules rules({{"grens.lua", grens_rule()},
                   {"ander.lua", TestRules::rule("ander", "ctx:voldoet{ message = 'ok' }")},
                   {"grens_test.lua", grens_tests("    { name = \"goed\", expected = { status = \"signaal\" } },")},
                   {"kapot_test.lua", "return {\n  rule = 'test.grens',\n  cases = {\n    { name = 'x' },\n  },\n}\n"}});
  Run run = run_tests({rules.folder()});
  CHECK(run.summary.passed == 1);
  CHECK(run.summary.failed == 1);
  auto lines = lines_of(run.out);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "mislukt   " + rules.folder() + "/kapot_test.lua:4: testgeval 'x': expected ontbreekt (bijv. expected = { status = \"voldoet\" })");
  CHECK(lines[1] == "geslaagd  test.grens: goed");
  CHECK(lines[2] == "let op: geen testgevallen voor test.ander");
  CHECK(lines[3] == "1 passed, 1 failed");

  SECTION("a selection runs only the cases of those rules") {
    Run selected = run_tests({rules.folder()}, {"test.ander"});
    CHECK(selected.summary.passed == 0);
    CHECK_THAT(selected.out, !Catch::Contains("geslaagd  test.grens"));
    CHECK_THAT(selected.out, Catch::EndsWith("let op: geen testgevallen voor test.ander\n0 passed, 1 failed\n"));
  }
}

TEST_CASE("a case's own parameter values hold on their dates, for that case only") {
  TestRules rules({{"grens.lua", grens_rule()},
                   {"grens_test.lua", grens_tests(R"lua(
    { name = "folder value 2024 has none", jaar = 2024,
      expected = { status = "niet-te-beoordelen",
                   message = "parameter 'test.grens' heeft geen waarde op 2024-12-31" } },
    { name = "folder value 2021", jaar = 2021,
      expected = { status = "signaal", params = { ["test.grens"] = "100.00" } } },
    { name = "one value on every date",
      params = { ["test.grens"] = "150.00" },
      expected = { status = "voldoet", params = { ["test.grens"] = "150.00" } } },
    { name = "dated values: before the change", jaar = 2024,
      params = { ["test.grens"] = { { from = "2019-01-01", value = "100.00" }, { from = "2025-01-01", value = "200.00" } } },
      expected = { status = "signaal", params = { ["test.grens"] = "100.00" } } },
    { name = "dated values: from the change", jaar = 2025,
      params = { ["test.grens"] = { { from = "2019-01-01", value = "100.00" }, { from = "2025-01-01", value = "200.00" } } },
      expected = { status = "voldoet", params = { ["test.grens"] = "200.00" } } },
    { name = "false: no value at all", jaar = 2021,
      params = { ["test.grens"] = false },
      expected = { status = "niet-te-beoordelen", params = { ["test.grens"] = "geen waarde op 2021-12-31" } } },
    { name = "the folder's value again after cases with their own", jaar = 2022,
      expected = { status = "voldoet", params = { ["test.grens"] = "200.00" } } },)lua")}});
  Run run = run_tests({rules.folder()});
  CHECK(run.summary.failed == 0);
  CHECK(run.summary.passed == 7);
}

TEST_CASE("a case sets ctx.check_date, without one it is today") {
  TestRules rules({{"grens.lua", grens_rule()},
                   {"grens_test.lua", grens_tests(R"lua(
    { name = "given", check_date = "2025-03-01", jaar = 2021,
      expected = { status = "signaal", values = { controledatum = "2025-03-01" } } },)lua")}});
  CHECK(run_tests({rules.folder()}).summary.passed == 1);
}

TEST_CASE("niet-van-toepassing: the rule gave no finding, because it said so or its sector differs") {
  TestRules rules({{"grens.lua", grens_rule()},
                   {"alleen-vo.lua", [] {
                      std::string rule = TestRules::rule("alleen-vo", "ctx:voldoet{ message = 'ok' }");
                      rule.replace(rule.find("{ \"PO\", \"VO\" }"), 14, "{ \"VO\" }");
                      return rule;
                    }()},
                   {"grens_test.lua", grens_tests(R"lua(
    { name = "says so", jaar = 2021, change = { ["financien/@nvt"] = "ja" },
      expected = { status = "niet-van-toepassing" } },
    { name = "but not here", jaar = 2021, expected = { status = "niet-van-toepassing" } },)lua")},
                   {"alleen-vo_test.lua", R"lua(return {
  rule = "test.alleen-vo", jaar = 2023, document = [[<a/>]],
  cases = {
    { name = "PO", expected = { status = "niet-van-toepassing" } },
    { name = "VO", sector = "VO", expected = { status = "voldoet" } },
  },
})lua"}});
  Run run = run_tests({rules.folder()});
  CHECK(run.summary.passed == 3);
  CHECK(run.summary.failed == 1);
  CHECK_THAT(run.out, Catch::Contains("mislukt   test.grens: but not here") &&
                          Catch::Contains("status: verwacht niet-van-toepassing (geen bevinding), kreeg signaal"));
}

TEST_CASE("a rule that fails in a case shows fout and its error") {
  TestRules rules({{"kapot.lua", TestRules::rule("kapot", "local x = nil; return x.y")},
                   {"kapot_test.lua", "return { rule = 'test.kapot', jaar = 2023, document = [[<a/>]],\n"
                                      "  cases = { { name = 'n', expected = { status = 'voldoet' } } } }\n"}});
  Run run = run_tests({rules.folder()});
  CHECK(run.summary.failed == 1);
  CHECK_THAT(run.out, Catch::Contains("status: verwacht voldoet, kreeg fout") && Catch::Contains("attempt to index a nil value"));
}

TEST_CASE("explain observes the data a rule reads over its cases, without positions, and its outcomes") {
  TestRules rules({{"leden.lua", TestRules::rule("leden", R"lua(
    for _, lid in ipairs(doc:nodes("governance/internToezicht/lid")) do lid:text("@naam") end
    if doc:amount("financien/baten/totaal") then ctx:voldoet{ message = "ok" }
    else ctx:niet_te_beoordelen{} end)lua")},
                   {"leden_test.lua", R"lua(return { rule = "test.leden", jaar = 2023,
  document = [[<governance><internToezicht><lid naam="a"/><lid/></internToezicht></governance>]],
  cases = {
    { name = "zonder baten", expected = { status = "niet-te-beoordelen" } },
    { name = "met baten", change = { ["financien/baten/totaal"] = "1.00" }, expected = { status = "voldoet" } },
  } })lua"},
                   {"stil.lua", TestRules::rule("stil", "ctx:voldoet{ message = 'ok' }")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  RuleObservation seen = observe_rule(catalog, *catalog.find("test.leden"), {});
  CHECK(seen.cases == 2);
  CHECK(seen.errors.empty());
  CHECK(seen.read_paths == std::vector<std::string>{"/jaarverslag/governance/internToezicht/lid/@naam",
                                                    "/jaarverslag/financien/baten/totaal"});
  CHECK(seen.statuses == std::vector<std::string>{"niet-te-beoordelen", "voldoet"});

  RuleObservation none = observe_rule(catalog, *catalog.find("test.stil"), {});
  CHECK(none.cases == 0);
  CHECK(none.read_paths.empty());
}

TEST_CASE("a case gives registrations as CSV, linked to its SWV and year as check links them") {
  std::string rule = TestRules::rule("records", R"lua(
    local records = doc:records("thuiszitters")
    if records == nil then return ctx:niet_te_beoordelen{} end
    local dossiers = {}
    for i, r in ipairs(records) do dossiers[i] = r.dossier end
    ctx:voldoet{ message = "records", values = { aantal = #records, dossiers = table.concat(dossiers, ","),
                                                  jaarverslag = doc:has("jaarverslag"), swv = doc.swv } })lua");
  rule.replace(rule.find("{ \"jaarverslag\" }"), 17, "{ \"jaarverslag\", \"thuiszitters\" }");
  const char* header = "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost";
  TestRules rules({{"records.lua", rule},
                   {"data/t.csv", std::string(header) + "\nPO0001;31-12-2023;F-1;2012;overig;01-01-2023;geen;;\n"},
                   {"data/m.csv", "swv_code;datum;bevoegd_gezag;brin;soort;status\nPO0000;2023-01-01;41001;;overig;open\n"},
                   {"records_test.lua", std::string(R"lua(local KOP = ")lua") + header + R"lua(\n"
return {
  rule = "test.records",
  jaar = 2023,
  document = false,
  registrations = { thuiszitters = KOP .. [[
      PO0000;2023-12-31;D-1;2012;overig;2023-01-01;geen;;
      PO0000;2023-10-31;D-2;2012;overig;2023-01-01;geen;;
      PO0000;2022-12-31;D-3;2012;overig;2022-01-01;geen;;
      PO0002;2023-12-31;D-4;2012;overig;2023-01-01;geen;;
  ]] },
  cases = {
    { name = "indented, only this SWV and year",
      expected = { status = "voldoet", values = { aantal = 2, dossiers = "D-1,D-2", jaarverslag = false, swv = "PO0000" } } },
    { name = "with a report", document = [[<financien/>]],
      expected = { status = "voldoet", values = { jaarverslag = true } } },
    { name = "from a file, for the report's SWV", swv = "PO0001", document = [[<financien/>]],
      registrations = { thuiszitters = "data/t.csv" },
      expected = { status = "voldoet", values = { dossiers = "F-1", swv = "PO0001" } } },
    { name = "removed", document = [[<financien/>]], registrations = { thuiszitters = false },
      expected = { status = "niet-te-beoordelen", values = { ontbreekt = "thuiszitters-registratie" } } },
    { name = "a bad line",
      registrations = { thuiszitters = KOP .. "PO0000;2023-12-31;D-1;2012;thuiszitter;2023-01-01;geen;;\n" },
      expected = { status = "voldoet" } },
    { name = "another kind", registrations = { thuiszitters = "data/m.csv" },
      expected = { status = "voldoet" } },
  },
})lua"}});
  Run run = run_tests({rules.folder()});
  CHECK(run.summary.passed == 4);
  CHECK(run.summary.failed == 2);
  CHECK_THAT(run.out, Catch::Contains("mislukt   test.records: a bad line") &&
                          Catch::Contains("          registratie thuiszitters: regel 2: "));
  CHECK_THAT(run.out, Catch::Contains("mislukt   test.records: another kind") &&
                          Catch::Contains("registratie thuiszitters: de kolommen zijn die van een meldingen-registratie"));

  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  RuleObservation seen = observe_rule(catalog, *catalog.find("test.records"), {});
  CHECK(std::find(seen.read_paths.begin(), seen.read_paths.end(), "thuiszitters-registratie") != seen.read_paths.end());
}
