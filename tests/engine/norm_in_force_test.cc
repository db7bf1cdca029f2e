// Issue 15 item 1: the host decides whether a norm applies. A rule runs on a unit only when the
// unit's peildatum (31 December for an annual report, the latest date of the registrations
// without one) lies in norm.in_force_from..in_force_until; otherwise no finding, only a count.
#include <catch2/catch.hpp>

#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"
#include "support/temp_dir.h"

using namespace swv;
using namespace swv::test;

namespace {

// A test rule whose norm has the given dates (Lua fields, e.g. `in_force_from = "2024-01-01"`).
std::string dated_rule(const std::string& name, const std::string& dates) {
  std::string rule = TestRules::rule(name, "ctx:voldoet{ message = 'beoordeeld' }");
  std::string from = "in_force_from = \"2019-01-01\"";
  rule.replace(rule.find(from), from.size(), dates);
  return rule;
}

bool has_finding(const CheckResult& result, const std::string& rule) {
  for (const auto& f : result.findings)
    if (f.rule == rule) return true;
  return false;
}

const NotApplicable* not_applicable(const CheckResult& result, const std::string& rule) {
  for (const auto& n : result.not_applicable)
    if (n.rule == rule) return &n;
  return nullptr;
}

const char* const kThuiszitters = "swv_code;peildatum;dossier;geboortejaar;categorie;thuis_sinds;aanbod;aanbod_sinds;opgelost\n";

}  // namespace

TEST_CASE("norm in force: a 2023 report (peildatum 2023-12-31) one day before and on the date") {
  TestRules rules({{"dag-erna.lua", dated_rule("dag-erna", "in_force_from = \"2024-01-01\"")},
                   {"op-de-dag.lua", dated_rule("op-de-dag", "in_force_from = \"2023-12-31\"")},
                   {"tot-gisteren.lua", dated_rule("tot-gisteren", "in_force_from = \"2019-01-01\", in_force_until = \"2023-12-30\"")},
                   {"tot-vandaag.lua", dated_rule("tot-vandaag", "in_force_from = \"2019-01-01\", in_force_until = \"2023-12-31\"")},
                   {"altijd.lua", dated_rule("altijd", "")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  auto result = check_files(catalog, {fixture("jaarverslagen/po2704-2023.xml"), fixture("jaarverslagen/vo2801-2023.xml")},
                            {}, {}, "2026-11-25");

  CHECK_FALSE(has_finding(result, "test.dag-erna"));  // the peildatum is one day before the date
  CHECK(has_finding(result, "test.op-de-dag"));       // on the date itself the norm applies
  CHECK_FALSE(has_finding(result, "test.tot-gisteren"));
  CHECK(has_finding(result, "test.tot-vandaag"));
  CHECK(has_finding(result, "test.altijd"));  // no in_force_from: always

  REQUIRE(result.not_applicable.size() == 2);
  const NotApplicable* before = not_applicable(result, "test.dag-erna");
  REQUIRE(before);
  CHECK(before->documents == 2);
  CHECK(before->reason == NotInForce::not_yet);
  CHECK(before->norm.in_force_from == "2024-01-01");
  CHECK(before->message() == "norm van kracht vanaf 2024-01-01; de peildatum ligt ervoor");
  const NotApplicable* after = not_applicable(result, "test.tot-gisteren");
  REQUIRE(after);
  CHECK(after->reason == NotInForce::no_longer);
  CHECK(after->message() == "norm van kracht tot en met 2023-12-30; de peildatum ligt erna");
}

TEST_CASE("norm in force: the counts do not depend on the number of workers") {
  TestRules rules({{"dag-erna.lua", dated_rule("dag-erna", "in_force_from = \"2024-01-01\"")}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  std::vector<std::string> files{fixture("jaarverslagen/po2704-2023.xml"), fixture("jaarverslagen/vo2801-2023.xml"),
                                 fixture("jaarverslagen/po2902-2024.xml"), fixture("jaarverslagen/vo2405-2019.xml")};
  CheckOptions parallel;
  parallel.jobs = 3;
  auto one = check_files(catalog, files, {}, {}, "2026-11-25");
  auto three = check_files(catalog, files, {}, {}, "2026-11-25", parallel);
  REQUIRE(one.not_applicable.size() == 1);
  CHECK(one.not_applicable[0].documents == 3);  // 2019 and both 2023 reports; 2024 is judged
  REQUIRE(three.not_applicable.size() == 1);
  CHECK(three.not_applicable[0].documents == 3);
}

TEST_CASE("norm in force: shipped rules of 4 November 2020 do not judge a 2019 report, do judge 2020") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  auto result = check_files(catalog, {fixture("jaarverslagen/vo2405-2019.xml"), fixture("jaarverslagen/vo2203-2020.xml")},
                            {}, {}, "2026-11-25");
  for (const char* rule : {"toezicht.onafhankelijk-lid", "toezicht.onafhankelijk-bestuur", "doorzettingsmacht.doorbraakaanpak",
                           "doorzettingsmacht.escalatieladder", "ondersteuningsplan.steunpunt"}) {
    INFO(rule);
    int in_2019 = 0, in_2020 = 0;
    for (const auto& f : result.findings)
      if (f.rule == rule) ++(f.jaar == 2019 ? in_2019 : in_2020);
    CHECK(in_2019 == 0);
    CHECK(in_2020 > 0);
    const NotApplicable* n = not_applicable(result, rule);
    REQUIRE(n);
    CHECK(n->documents == 1);
    CHECK(n->norm.in_force_from == "2020-11-04");
  }
  // CO-1 has no date: it always applies.
  CHECK(catalog.find("consistentie.sommen")->norm->in_force_from.empty());
  CHECK_FALSE(not_applicable(result, "consistentie.sommen"));
}

TEST_CASE("norm in force: registrations alone are judged on their own peildatum, one day before and on the date") {
  RuleCatalog catalog = load_catalog_or_fail({shipped_rules()});
  TempDir dir;
  // ZP-1's date (2016-08-01) is also the first date of its parameter (the three months);
  // ZP-4's is not: its parameter starts on 2014-08-01.
  for (const char* rule : {"zorgplicht.thuiszitters-zonder-aanbod", "zorgplicht.vrijstellingen-5a"}) {
    INFO(rule);
    std::string error;
    auto selected = select_rules(catalog, {rule}, &error);
    REQUIRE(error.empty());
    auto day_before = dir.write("voor/thuiszitters-test.csv",
                                std::string(kThuiszitters) + "PO2704;2016-07-31;D-1;2005;vrijstelling-5a;2016-01-01;geen;;\n");
    auto on_the_day = dir.write("op/thuiszitters-test.csv",
                                std::string(kThuiszitters) + "PO2704;2016-08-01;D-1;2005;vrijstelling-5a;2016-01-01;geen;;\n");
    auto before = check_files(catalog, {day_before}, selected, {}, "2026-11-25");
    CHECK(before.findings.empty());
    REQUIRE(before.not_applicable.size() == 1);
    CHECK(before.not_applicable[0].rule == rule);
    CHECK(before.not_applicable[0].norm.in_force_from == "2016-08-01");
    auto on = check_files(catalog, {on_the_day}, selected, {}, "2026-11-25");
    CHECK(on.not_applicable.empty());
    REQUIRE(on.findings.size() == 1);
    CHECK(on.findings[0].status != Status::fout);
  }
}
