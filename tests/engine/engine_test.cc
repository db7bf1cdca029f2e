#include <catch2/catch.hpp>

#include "documents/document_set.h"
#include "engine/engine.h"
#include "sandbox/rule_runner.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

TEST_CASE("engine: rules are compiled once per runner and reused for every document") {
  // What a call changes in the rule's upvalues is put back afterwards (unit_state_test.cc):
  // the counter says 1 in both documents, though the rule was compiled only once.
  TestRules rules({{"teller.lua", TestRules::rule("teller", R"(
    calls = calls + 1
    ctx:voldoet{ message = "aanroep " .. calls, values = { aanroep = calls } })",
                                                  "local calls = 0")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  RuleRunner runner(catalog, {}, "2026-11-25");
  CHECK(runner.compilations() == 1);
  LoadError error;
  for (const char* name : {"po2704-2023", "vo2801-2023"}) {
    auto report = AnnualReport::load(fixture(std::string("jaarverslagen/") + name + ".xml"), &error);
    REQUIRE(report);
    auto findings = runner.run(*report, {});
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].values.at("aanroep") == "1");
  }
  CHECK(runner.compilations() == 1);
}

TEST_CASE("engine: documents keep input order, failed ones are recorded and skipped") {
  TestRules rules({{"ok.lua", TestRules::rule("ok", "ctx:voldoet{ message = doc.swv }")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto result = check_files(catalog,
                            {fixture("broken/amount-nan.xml"), fixture("jaarverslagen/po2704-2023.xml"),
                             fixture("jaarverslagen/vo2801-2023.xml")},
                            {}, {}, "2026-11-25");
  REQUIRE(result.documents.size() == 3);
  REQUIRE(result.documents[0].error.has_value());
  CHECK(result.documents[0].error->line == 8);
  CHECK(result.documents[1].swv == "PO2704");
  CHECK(result.documents[2].jaar == 2023);
  REQUIRE(result.findings.size() == 2);
  CHECK(result.findings[0].message == "PO2704");
  CHECK(result.findings[1].message == "VO2801");
}

TEST_CASE("engine: rules apply only to their sectors") {
  std::string po_only = TestRules::rule("po", "ctx:voldoet{ message = 'po' }");
  po_only.replace(po_only.find("{ \"PO\", \"VO\" }"), 14, "{ \"PO\" }");
  TestRules rules({{"po.lua", po_only}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto result = check_files(catalog, {fixture("jaarverslagen/po2704-2023.xml"), fixture("jaarverslagen/vo2801-2023.xml")},
                            {}, {}, "2026-11-25");
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].swv == "PO2704");
}

TEST_CASE("engine: select_rules matches id, family and norm id, and refuses unknown names") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  std::string error;
  auto family = select_rules(catalog, {"doorzettingsmacht"}, &error);
  CHECK(error.empty());
  CHECK(family.size() == 3);
  auto norm = select_rules(catalog, {"rs-1"}, &error);
  REQUIRE(norm.size() == 1);
  CHECK(norm[0]->id == "reserves.signaleringswaarde");
  auto both = select_rules(catalog, {"consistentie.sommen", "CO-1"}, &error);
  CHECK(both.size() == 1);
  select_rules(catalog, {"bestaat.niet"}, &error);
  CHECK_THAT(error, Catch::Contains("bestaat.niet"));
}

TEST_CASE("document set: folders expand to sorted .xml files, a missing path is an error") {
  std::string error;
  std::vector<swv::UnreadableEntry> unreadable;
  auto files = expand_input_paths({fixture("jaarverslagen"), fixture("jaarverslagen/po2704-2023.xml")}, &error, &unreadable);
  CHECK(error.empty());
  CHECK(unreadable.empty());
  CHECK(files.size() == 17);  // the named file is not counted twice
  CHECK(std::is_sorted(files.begin(), files.end()));
  expand_input_paths({fixture("nope")}, &error, &unreadable);
  CHECK_THAT(error, Catch::Contains("bestaat niet"));
}
