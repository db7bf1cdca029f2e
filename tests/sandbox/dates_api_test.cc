#include <catch2/catch.hpp>

#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

TEST_CASE("dates: calendar arithmetic for rules") {
  TestRules rules({{"datum.lua", TestRules::rule("datum", R"(
    local checks = {
      dates.valid("2024-02-29"), not dates.valid("2023-02-29"), not dates.valid(12),
      dates.days_between("2023-12-31", "2024-03-01") == 61,
      dates.add_days("2023-12-31", 1) == "2024-01-01",
      dates.add_months("2023-01-31", 1) == "2023-02-28",
      dates.add_months("2024-03-15", 3) == "2024-06-15",
      dates.add_months("2024-05-31", -3) == "2024-02-29",
      dates.months_between("2024-03-15", "2024-06-15") == 3,
      dates.months_between("2024-03-15", "2024-06-14") == 2,
      dates.age("2012-06-30", "2024-06-29") == 11,
      dates.age("2012-06-30", "2024-06-30") == 12,
      dates.year("2023-12-31") == 2023,
      not pcall(dates.days_between, "2023-02-30", "2024-01-01"),
    }
    local failed = {}
    for i, ok in ipairs(checks) do if not ok then failed[#failed + 1] = i end end
    ctx:voldoet{ message = "mislukt: " .. table.concat(failed, ",") })")}});
  auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].message == "mislukt: ");
}
