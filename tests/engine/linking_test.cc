#include <catch2/catch.hpp>

#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

const char* kCases =
    "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"
    "PO2704;2023-12-31;D-1;2012;relatief-verzuim;2023-08-01;geen;;\n"
    "PO2704;2023-12-31;D-2;2011;overig;2023-02-01;geen;;\n"
    "PO9999;2024-06-30;D-3;2011;overig;2024-02-01;geen;;\n";

// Counts the unit's records and reports what it saw.
std::string counting_rule() {
  std::string rule = TestRules::rule("telt", R"(
    local cases = doc:records("thuiszitters")
    if not cases then return ctx:niet_te_beoordelen{} end
    ctx:voldoet{ message = doc.swv .. " " .. doc.jaar .. ": " .. #cases, values = { eerste = cases[1].dossier },
                 evidence = { cases[1] } })");
  rule.replace(rule.find("{ \"jaarverslag\" }"), 17, "{ \"jaarverslag\", \"thuiszitters\" }");
  return rule;
}

}  // namespace

TEST_CASE("linking: a registration joins the annual report of the same SWV and year") {
  TempDir dir;
  std::string csv = dir.write("thuiszitters.csv", kCases);
  TestRules rules({{"telt.lua", counting_rule()}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto result = check_files(catalog, {csv, fixture("jaarverslagen/po2704-2023.xml"), fixture("jaarverslagen/vo2801-2023.xml")},
                            {}, {}, "2026-11-25");
  REQUIRE(result.findings.size() == 3);
  CHECK(result.findings[0].message == "PO2704 2023: 2");
  CHECK(result.findings[0].document == fixture("jaarverslagen/po2704-2023.xml"));
  REQUIRE(result.findings[0].evidence.size() == 1);
  CHECK(result.findings[0].evidence[0].document == csv);
  CHECK(result.findings[0].evidence[0].line == 2);
  // A report without a registration: the rule says what is missing, and the document is noted.
  CHECK(result.findings[1].status == Status::niet_te_beoordelen);
  CHECK(result.findings[1].values.at("ontbreekt") == "thuiszitters-registratie");
  CHECK_THAT(result.documents[2].warnings.at(0), Catch::Contains("geen registratie van VO2801"));
  // A registration without a report still runs the rules that read it, and is noted.
  CHECK(result.findings[2].message == "PO9999 2024: 1");
  CHECK(result.findings[2].document == csv);
  CHECK_THAT(result.documents[0].warnings.at(0), Catch::Contains("geen jaarverslag van PO9999 over 2024"));
}

TEST_CASE("linking: an SWV code in another case still links report and registration") {
  TempDir dir;
  std::string csv = dir.write("thuiszitters.csv",
                              "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n"
                              "po2704;2023-12-31;D-1;2012;relatief-verzuim;2023-08-01;geen;;\n");
  TestRules rules({{"telt.lua", counting_rule()}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto result = check_files(catalog, {csv, fixture("jaarverslagen/po2704-2023.xml")}, {}, {}, "2026-11-25");
  REQUIRE(result.findings.size() == 1);
  CHECK(result.findings[0].message == "PO2704 2023: 1");
  CHECK(result.documents[0].warnings.empty());
  CHECK(result.documents[1].warnings.empty());
}

TEST_CASE("linking: rules that read only the annual report do not run on registrations alone") {
  TempDir dir;
  std::string csv = dir.write("thuiszitters.csv", kCases);
  TestRules rules({{"jv.lua", TestRules::rule("jv", "ctx:voldoet{ message = 'jaarverslag' }")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto result = check_files(catalog, {csv}, {}, {}, "2026-11-25");
  CHECK(result.findings.empty());
  CHECK(result.documents[0].kind == "thuiszitters");
  CHECK_FALSE(result.documents[0].swv.size());  // two SWVs in the file: none named
}

TEST_CASE("records: fields read as typed values, unknown columns and writes are errors") {
  TempDir dir;
  std::string csv = dir.write("thuiszitters.csv", kCases);
  std::string rule = TestRules::rule("velden", R"(
    local r = doc:records("thuiszitters")[2]
    assert(math.type(r.geboortejaar) == "integer" and r.geboortejaar == 2011)
    assert(r.opgelost == nil and r.thuis_sinds == "2023-02-01" and r.line == 3)
    local ok, err = pcall(function() return r.naam end)
    assert(not ok and err:find("geen kolom 'naam'"))
    ok = pcall(function() r.dossier = "x" end)
    assert(not ok)
    ctx:voldoet{ message = "ok" })");
  rule.replace(rule.find("{ \"jaarverslag\" }"), 17, "{ \"thuiszitters\" }");
  TestRules rules({{"velden.lua", rule}});
  auto findings = run_rules({rules.folder()}, csv);
  REQUIRE(findings.size() == 2);  // one per SWV-year in the file
  CHECK(findings[0].status == Status::voldoet);
}
