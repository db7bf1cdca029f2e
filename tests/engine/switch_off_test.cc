// A rule stopped by a limit in 3 units is switched off for the rest of the batch, in unit
// order, so the output does not depend on --jobs (engine/switch_off.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

const char* kReports[] = {"po2002-2021", "po2105-2021", "po2318-2020", "po2511-2019", "po2704-2022",
                          "po2704-2023", "po2902-2024", "po3006-2022", "vo2203-2020", "vo2405-2019"};

std::vector<std::string> reports() {
  std::vector<std::string> files;
  for (const char* name : kReports) files.push_back(fixture(std::string("jaarverslagen/") + name + ".xml"));
  return files;
}

// "rule status message" per finding, in output order.
std::vector<std::string> lines(const CheckResult& result) {
  std::vector<std::string> out;
  for (const auto& f : result.findings) out.push_back(f.rule + " " + to_string(f.status) + " " + f.message);
  return out;
}

SandboxLimits quick_limits() {
  SandboxLimits limits;
  limits.instructions = 100000;
  return limits;
}

}  // namespace

TEST_CASE("switch-off: a rule stopped by a limit in 3 units is not run again in the batch", "[threads]") {
  // Loops for ever on the PO reports only, so the strikes are not the first three units.
  TestRules rules({{"a-lus.lua", TestRules::rule("a-lus", R"(
                      if doc.sector == "PO" and doc.jaar ~= 2021 then while true do end end
                      ctx:voldoet{ message = "rond" })")},
                   {"b-goed.lua", TestRules::rule("b-goed", "ctx:voldoet{ message = \"in orde\" }")}});
  auto limits = quick_limits();
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()}, limits);
  CheckOptions options;
  options.jobs = 1;
  CheckResult one = check_files(catalog, reports(), {}, limits, "2026-11-25", options);
  REQUIRE(one.findings.size() == 20);
  // units 0, 1 (2021): voldoet; 2, 3, 4: stopped by the budget; 5..9: switched off
  for (std::size_t unit = 0; unit < 10; ++unit) {
    INFO("unit " << unit << ": " << one.findings[2 * unit].message);
    const auto& lus = one.findings[2 * unit];
    CHECK(lus.rule == "test.a-lus");
    if (unit < 2) CHECK(lus.status == Status::voldoet);
    else CHECK(lus.status == Status::fout);
    if (unit >= 2 && unit < 5) CHECK_THAT(lus.message, Catch::Contains("instructielimiet van 100000 overschreden"));
    if (unit >= 5) {
      CHECK_THAT(lus.message, Catch::Contains("uitgeschakeld voor de rest van deze controle"));
      CHECK_THAT(lus.message, Catch::Contains("in 3 eenheden gestopt door een limiet (laatst in " + reports()[4] +
                                              ": instructielimiet van 100000 overschreden"));
    }
    CHECK(one.findings[2 * unit + 1].rule == "test.b-goed");
    CHECK(one.findings[2 * unit + 1].status == Status::voldoet);
  }
  REQUIRE(one.switched_off.size() == 1);
  CHECK(one.switched_off[0].rule == "test.a-lus");
  CHECK(one.switched_off[0].units_skipped == 5);
  // switched off means not run: five calls for the units before
  CHECK(one.timings.at("test.a-lus").calls == 5);
  CHECK(one.timings.at("test.b-goed").calls == 10);

  SECTION("the same output for any number of jobs") {
    for (int jobs : {2, 3, 8}) {
      INFO("jobs " << jobs);
      options.jobs = jobs;
      CheckResult many = check_files(catalog, reports(), {}, limits, "2026-11-25", options);
      CHECK(lines(many) == lines(one));
      REQUIRE(many.switched_off.size() == 1);
      CHECK(many.switched_off[0].reason == one.switched_off[0].reason);
      CHECK(many.switched_off[0].units_skipped == 5);
    }
  }
}

TEST_CASE("switch-off: a rule that errs without hitting a limit keeps running", "[threads]") {
  TestRules rules({{"a-fout.lua", TestRules::rule("a-fout", "error(\"stuk\")")}});
  auto limits = quick_limits();
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()}, limits);
  CheckResult result = check_files(catalog, reports(), {}, limits, "2026-11-25");
  REQUIRE(result.findings.size() == 10);
  for (const auto& f : result.findings) CHECK_THAT(f.message, Catch::Contains("stuk"));
  CHECK(result.switched_off.empty());
}

TEST_CASE("switch-off: any limit counts, and 0 never switches off", "[threads]") {
  TestRules rules({{"a-veel.lua", TestRules::rule("a-veel", "for i = 1, 10 do ctx:voldoet{ message = \"m\", subject = tostring(i) } end")}});
  auto limits = quick_limits();
  limits.max_findings = 3;
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()}, limits);
  CheckResult result = check_files(catalog, reports(), {}, limits, "2026-11-25");
  REQUIRE(result.switched_off.size() == 1);
  CHECK_THAT(result.switched_off[0].reason, Catch::Contains("meer dan 3 bevindingen"));
  limits.switch_off_after = 0;
  CheckResult never = check_files(catalog, reports(), {}, limits, "2026-11-25");
  CHECK(never.switched_off.empty());
  for (const auto& f : never.findings) CHECK_THAT(f.message, Catch::Contains("meer dan 3 bevindingen"));
}
