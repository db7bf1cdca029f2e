#include <catch2/catch.hpp>

#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

TEST_CASE("a rule reads typed values and reports a finding with evidence and params") {
  TestRules rules({{"lees.lua", TestRules::rule("lees", R"(
    local ev = doc:amount("financien/balans/eigenVermogen/totaal")
    local grens = ctx:param("test.grens")
    ctx:signaal{ message = "ev " .. ev, values = { ev = ev, grens = grens } })")}});
  auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
  const auto& f = finding_of(findings, "test.lees");
  CHECK(f.status == Status::signaal);
  CHECK(f.key == "test.lees/PO2704");
  CHECK(f.values.at("grens") == "200.00");           // the 2022 value, in force on 2023-12-31
  CHECK(f.params.at("test.grens") == "200.00");
  REQUIRE(f.evidence.size() == 1);
  CHECK(f.evidence[0].path == "/jaarverslag/financien/balans/eigenVermogen/totaal");
  CHECK(f.evidence[0].line > 1);
}
