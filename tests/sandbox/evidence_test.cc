#include <catch2/catch.hpp>

#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

TEST_CASE("evidence: a finding on a missing value cites the element where it should have been") {
  // vo2405-2019 has <doorzettingsmacht> without @geregeld.
  TestRules rules({{"leeg.lua", TestRules::rule("leeg", R"(
    local v = doc:bool("doorzettingsmacht/@geregeld")
    local w = doc:text("bestaatniet/@x")
    ctx:signaal{ message = "ontbreekt" })")},
                   {"niets.lua", TestRules::rule("niets", R"(
    doc:text("bestaatniet/@x")
    ctx:signaal{ message = "ontbreekt" })")}});
  auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/vo2405-2019.xml"));
  const auto& cited = finding_of(findings, "test.leeg");
  REQUIRE(cited.evidence.size() == 1);
  CHECK(cited.evidence[0].path == "/jaarverslag/doorzettingsmacht");
  CHECK(cited.evidence[0].line > 3);
  const auto& root = finding_of(findings, "test.niets");
  REQUIRE(root.evidence.size() == 1);
  CHECK(root.evidence[0].path == "/jaarverslag");
}
