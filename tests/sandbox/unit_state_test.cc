// No state between units (issue 14, item 6): whatever a rule changes during one check call is
// gone before the next, so the output does not depend on --jobs or the order of documents.
// Tables the rule file keeps are read-only after load; other upvalues are put back after
// every call (sandbox/rule_state_guard.h).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

// The findings of `rule_source` (rule "test.a-regel") on three reports, with `jobs` workers.
std::vector<Finding> three_units(const std::string& rule_source, int jobs) {
  TestRules rules({{"a-regel.lua", rule_source}});
  RuleCatalog catalog = load_catalog_or_fail({rules.folder()});
  CheckOptions options;
  options.jobs = jobs;
  std::vector<std::string> files;
  for (const char* name : {"po2002-2021", "po2704-2023", "vo2203-2020"})
    files.push_back(fixture(std::string("jaarverslagen/") + name + ".xml"));
  return check_files(catalog, files, {}, {}, "2026-11-25", options).findings;
}

// Runs `rule_source` on the three reports with one and with two workers; every finding must be
// voldoet, and `expect` gets each to check its values.
template <class Expect>
void for_each_voldoet(const std::string& rule_source, Expect expect) {
  for (int jobs : {1, 2}) {
    INFO("jobs " << jobs);
    auto findings = three_units(rule_source, jobs);
    REQUIRE(findings.size() == 3);
    for (const auto& f : findings) {
      INFO(f.message);
      REQUIRE(f.status == Status::voldoet);
      expect(f);
    }
  }
}

}  // namespace

TEST_CASE("unit state: a counter in an upvalue starts afresh in every unit", "[threads]") {
  auto rule = TestRules::rule("a-regel", R"(
    teller = teller + 1
    gezien = gezien .. doc.swv
    ctx:voldoet{ message = "m", values = { teller = teller, gezien = gezien } })",
                              "local teller, gezien = 0, \"\"\n");
  for_each_voldoet(rule, [](const Finding& f) {
    CHECK(f.values.at("teller") == "1");
    CHECK(f.values.at("gezien") == f.swv);
  });
}

TEST_CASE("unit state: an upvalue shared by several functions is put back once for all of them", "[threads]") {
  // The guard restores each upvalue cell once, through whichever function it met first; the
  // other functions sharing the cell must see the restored value too.
  auto rule = TestRules::rule("a-regel", R"(
    tel()
    tel()
    ctx:voldoet{ message = "m", values = { teller = lees(), via_tabel = M.lees() } })",
                              "local teller = 0\n"
                              "local function tel() teller = teller + 1 end\n"
                              "local function lees() return teller end\n"
                              "local M = { lees = function() return teller end }\n");
  for_each_voldoet(rule, [](const Finding& f) {
    CHECK(f.values.at("teller") == "2");
    CHECK(f.values.at("via_tabel") == "2");
  });
}

TEST_CASE("unit state: several upvalues of several functions, interleaved, are all put back", "[threads]") {
  // The guard pushes a function once for its consecutive upvalues; upvalues of one function
  // met around those of another (a table of functions walked in between) must still each go
  // back to their own function.
  auto rule = TestRules::rule("a-regel", R"(
    bump()
    other()
    bump()
    M.bump()
    ctx:voldoet{ message = "m", values = { a = a, b = b, c = c, d = M.d() } })",
                              "local a, b, c, d = 0, 0, 0, 0\n"
                              "local function bump() a = a + 1; b = b + 10 end\n"
                              "local M = { bump = function() d = d + 1000; c = c + 1 end, d = function() return d end }\n"
                              "local function other() c = c + 100; a = a + 0 end\n");
  for_each_voldoet(rule, [](const Finding& f) {
    CHECK(f.values.at("a") == "2");
    CHECK(f.values.at("b") == "20");
    CHECK(f.values.at("c") == "101");
    CHECK(f.values.at("d") == "1000");
  });
}

TEST_CASE("unit state: a function in an upvalue replaced during a call is put back", "[threads]") {
  auto rule = TestRules::rule("a-regel", R"(
    local eerst = soort()
    soort = function() return "vervangen" end
    ctx:voldoet{ message = "m", values = { soort = eerst } })",
                              "local function soort() return \"origineel\" end\n");
  for (const auto& f : three_units(rule, 1)) {
    INFO(f.message);
    CHECK(f.values.at("soort") == "origineel");
  }
}

TEST_CASE("unit state: tables the rule file keeps are read-only during check", "[threads]") {
  SECTION("a cache table in an upvalue") {
    auto rule = TestRules::rule("a-regel", R"(
      cache[#cache + 1] = doc.swv
      ctx:voldoet{ message = "m", values = { n = #cache } })",
                                "local cache = {}\n");
    for (const auto& f : three_units(rule, 2)) {
      CHECK(f.status == Status::fout);
      CHECK_THAT(f.message, Catch::Contains("alleen-lezen"));
    }
  }
  SECTION("a table nested in the rule's own table") {
    auto rule = std::string("local M = { stand = { n = 0 } }\n") + R"(
      M.id = "test.a-regel"; M.norm_id = "T-1"; M.title = "t"; M.family = "test"; M.sectors = { "PO", "VO" }
      M.documents = { "jaarverslag" }; M.description = "d"
      M.norm = { title = "n", source = "s", in_force_from = "2019-01-01" }
      M.check = function(doc, ctx)
        M.stand.n = M.stand.n + 1
        ctx:voldoet{ message = "m", values = { n = M.stand.n } }
      end
      return M)";
    for (const auto& f : three_units(rule, 1)) {
      CHECK(f.status == Status::fout);
      CHECK_THAT(f.message, Catch::Contains("alleen-lezen"));
    }
  }
  SECTION("its own copies of string and table") {
    auto rule = TestRules::rule("a-regel", R"(
      string.teller = (string.teller or 0) + 1
      ctx:voldoet{ message = "m" })");
    for (const auto& f : three_units(rule, 1)) {
      CHECK(f.status == Status::fout);
      CHECK_THAT(f.message, Catch::Contains("alleen-lezen"));
    }
  }
  SECTION("reading them works as before") {
    auto rule = TestRules::rule("a-regel", R"(
      local n, keys = 0, {}
      for k, v in pairs(grenzen) do keys[#keys + 1] = k end
      table.sort(keys)
      for _, v in ipairs(lijst) do n = n + v end
      ctx:voldoet{ message = "m", values = { n = n, len = #lijst, keys = table.concat(keys, ","), laag = grenzen.laag,
                                             fmt = string.format("%03d", 7), diep = grenzen.diep.x } })",
                                "local grenzen, lijst = { laag = 1, hoog = 2, diep = { x = \"y\" } }, { 1, 2, 3 }\n");
    for (const auto& f : three_units(rule, 1)) {
      INFO(f.message);
      REQUIRE(f.status == Status::voldoet);
      CHECK(f.values.at("n") == "6");
      CHECK(f.values.at("len") == "3");
      CHECK(f.values.at("keys") == "diep,hoog,laag");
      CHECK(f.values.at("laag") == "1");
      CHECK(f.values.at("fmt") == "007");
      CHECK(f.values.at("diep") == "y");
    }
  }
}
