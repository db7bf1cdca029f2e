// A small rules folder for the tests of rule test cases: rule "test.grens" compares
// financien/baten/totaal with the dated parameter test.grens (100.00 from 2019, 200.00 from
// 2022, no value from 2024) and reports ctx.check_date.
#pragma once

#include <string>

#include "support/rule_harness.h"

namespace swv::test {

inline std::string grens_rule() {
  return TestRules::rule("grens", R"lua(
    local raw = ctx:param("test.grens")
    local grens = math.tointeger(tonumber((raw:gsub("%.", ""))))
    local baten = doc:amount("financien/baten/totaal")
    if baten == nil then return ctx:niet_te_beoordelen{} end
    local values = { baten = baten, grens = raw, controledatum = ctx.check_date }
    if doc:text("financien/@nvt") then return ctx:niet_van_toepassing("nvt") end
    if baten > grens then
      return ctx:signaal{ message = "baten boven de grens " .. raw, values = values }
    end
    ctx:voldoet{ message = "baten niet boven de grens " .. raw, values = values })lua");
}

/// A fragment with the given baten/totaal.
inline std::string baten_fragment(const std::string& totaal) {
  return "<financien><baten><totaal>" + totaal + "</totaal></baten></financien>";
}

}  // namespace swv::test
