// The bounds every rule runs within: instruction budget, memory ceiling, wall-clock watchdog,
// caps on C functions the instruction hook cannot see, and the Lua stack. A rule that hits
// one yields `fout` naming the limit; the other rules still run.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "engine/engine.h"
#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;
using Clock = std::chrono::steady_clock;

namespace {

// Runs after "test.a-..." rules (rules run in id order) and allocates a little, so it proves
// that the state is usable again after the limit stopped the rule before it.
std::string good_rule() {
  return TestRules::rule("b-goed", R"(
    local t = {}
    for i = 1, 200 do t[i] = ("regel %d"):format(i) end
    ctx:voldoet{ message = "in orde", values = { n = #t, laatste = t[#t], baten = doc:amount("financien/baten/totaal") } })");
}

void require_good_rule_unharmed(const std::vector<Finding>& findings) {
  const auto& good = finding_of(findings, "test.b-goed");
  CHECK(good.status == Status::voldoet);
  CHECK(good.values.at("n") == "200");
  CHECK(good.values.at("laatste") == "regel 200");
  CHECK(good.values.at("baten") == "2430000000");
}

std::size_t count_of(const std::vector<Finding>& findings, const std::string& rule) {
  std::size_t n = 0;
  for (const auto& f : findings) n += f.rule == rule;
  return n;
}

struct Outcome {
  std::vector<Finding> findings;
  double seconds = 0;
};

// Runs the rule "test.a-regel" with `body` next to the good rule, and times the run.
Outcome run_with_good(const std::string& body, const SandboxLimits& limits = {}, const std::string& prelude = "") {
  TestRules rules({{"a-regel.lua", TestRules::rule("a-regel", body, prelude)}, {"b-goed.lua", good_rule()}});
  auto start = Clock::now();
  Outcome out;
  out.findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"), limits);
  out.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  return out;
}

// The single `fout` finding of "test.a-regel", with the good rule checked beside it.
const Finding& refused(const Outcome& out, const std::string& reason) {
  CHECK(count_of(out.findings, "test.a-regel") == 1);
  const auto& f = finding_of(out.findings, "test.a-regel");
  INFO("message: " << f.message);
  CHECK(f.status == Status::fout);
  CHECK_THAT(f.message, Catch::Contains(reason));
  require_good_rule_unharmed(out.findings);
  return f;
}

}  // namespace

TEST_CASE("an endless loop is stopped by the instruction budget") {
  auto out = run_with_good("while true do end\n    ctx:voldoet{ message = \"klaar\" }");
  const auto& f = refused(out, "instructielimiet van 50000000 overschreden");
  CHECK(f.values.at("fout") == "instructielimiet van 50000000 overschreden (oneindige lus?)");
  CHECK(out.seconds < 5.0);  // stopped by the count, not the 5 s wall clock
}

TEST_CASE("an endless loop stays stopped when the rule catches the error") {
  SECTION("pcall around the loop, then carrying on") {
    auto out = run_with_good(R"(
      local ok, err = pcall(function() while true do end end)
      ctx:voldoet{ message = "ontsnapt: " .. tostring(err) })");
    refused(out, "instructielimiet");
    CHECK(out.seconds < 5.0);
  }
  SECTION("pcall in an endless loop") {
    auto out = run_with_good(R"(
      while true do pcall(function() while true do end end) end)");
    refused(out, "instructielimiet");
    CHECK(out.seconds < 5.0);
  }
  SECTION("xpcall with a message handler that loops too") {
    auto out = run_with_good(R"(
      local ok, err = xpcall(function() while true do end end, function(e) while true do end end)
      ctx:voldoet{ message = "ontsnapt: " .. tostring(err) })");
    refused(out, "instructielimiet");
    CHECK(out.seconds < 5.0);
  }
}

TEST_CASE("an error handler that loops is stopped too") {
  // The message handler of xpcall would run inside the budget hook, where hooks are off.
  SECTION("after an ordinary error") {
    auto out = run_with_good(R"(
      local ok, err = xpcall(error, function(e) while true do end end, "fout")
      ctx:voldoet{ message = "ontsnapt: " .. tostring(err) })");
    refused(out, "instructielimiet");
    CHECK(out.seconds < 5.0);
  }
  SECTION("xpcall still works as a protected call") {
    auto out = run_with_good(R"(
      local ok1, a, b = xpcall(function(x, y) return x + y, x * y end, error, 3, 4)
      local ok2, err = xpcall(function() error({ code = 7 }) end, function(e) return "gevangen " .. e.code end)
      ctx:voldoet{ message = "klaar", values = { ok1 = ok1, a = a, b = b, ok2 = ok2, err = err } })");
    const auto& f = finding_of(out.findings, "test.a-regel");
    REQUIRE(f.status == Status::voldoet);
    CHECK(f.values.at("ok1") == "ja");
    CHECK(f.values.at("a") == "7");
    CHECK(f.values.at("b") == "12");
    CHECK(f.values.at("ok2") == "nee");
    CHECK(f.values.at("err") == "gevangen 7");
  }
}

TEST_CASE("an error object with metamethods does not run outside the budget") {
  // The runner inspects the error object after the budgeted call has ended.
  auto out = run_with_good(R"lua(
    error(setmetatable({}, { __index = function() while true do end end })))lua");
  const auto& f = refused(out, "fout-object van type table");
  CHECK(f.status == Status::fout);
  CHECK(out.seconds < 5.0);
}

TEST_CASE("the instruction budget is configurable") {
  const std::string body = R"(
    local som = 0
    for i = 1, 100000 do som = som + i end
    ctx:voldoet{ message = "klaar", values = { som = som } })";
  SECTION("the default budget allows the loop") {
    auto out = run_with_good(body);
    const auto& f = finding_of(out.findings, "test.a-regel");
    CHECK(f.status == Status::voldoet);
    CHECK(f.values.at("som") == "5000050000");
    require_good_rule_unharmed(out.findings);
  }
  SECTION("a budget of 10000 instructions stops it") {
    SandboxLimits small;
    small.instructions = 10000;
    auto out = run_with_good(body, small);
    const auto& f = refused(out, "instructielimiet van 10000 overschreden");
    CHECK(f.values.at("fout") == "instructielimiet van 10000 overschreden (oneindige lus?)");
  }
}

TEST_CASE("the wall-clock watchdog stops a rule the instruction budget would allow") {
  SandboxLimits limits;
  limits.instructions = std::int64_t{1} << 60;
  limits.wall_time = std::chrono::milliseconds(200);
  SECTION("a plain loop") {
    auto out = run_with_good("while true do end\n    ctx:voldoet{ message = \"klaar\" }", limits);
    refused(out, "tijdslimiet van 200 ms overschreden");
    CHECK(out.seconds < 3.0);
  }
  SECTION("a loop wrapped in pcall") {
    auto out = run_with_good(R"(
      while true do pcall(function() while true do end end) end)", limits);
    refused(out, "tijdslimiet van 200 ms overschreden");
    CHECK(out.seconds < 3.0);
  }
}

TEST_CASE("a memory bomb is stopped by the memory ceiling and the state recovers") {
  SandboxLimits limits;
  limits.memory_bytes = 16u << 20;
  SECTION("a table of growing strings") {
    auto out = run_with_good(R"(
      local t, s = {}, "x"
      while true do s = s .. "abcdefghijklmnopqrstuvwxyz"; t[#t + 1] = s end)",
                             limits);
    const auto& f = refused(out, "geheugenlimiet van 16 MiB overschreden");
    CHECK(f.values.at("fout") == "geheugenlimiet van 16 MiB overschreden");
    CHECK(out.seconds < 5.0);
  }
  SECTION("one huge string.rep") {
    auto out = run_with_good(R"(
      local s = ("abcdefgh"):rep(5000000)  -- 40 MB in one C call
      ctx:voldoet{ message = "ontsnapt " .. #s })",
                             limits);
    refused(out, "geheugenlimiet van 16 MiB overschreden");
    CHECK(out.seconds < 5.0);
  }
  SECTION("one string doubled with .. until it no longer fits") {
    auto out = run_with_good(R"(
      local s = "x"
      while true do s = s .. s end)",
                             limits);
    refused(out, "geheugenlimiet van 16 MiB overschreden");
    CHECK(out.seconds < 5.0);
  }
  SECTION("table.concat of a table that refers to one big string many times") {
    auto out = run_with_good(R"(
      local s, t = ("x"):rep(1 << 20), {}
      for i = 1, 64 do t[i] = s end
      local all = table.concat(t)
      ctx:voldoet{ message = "ontsnapt " .. #all })",
                             limits);
    refused(out, "geheugenlimiet van 16 MiB overschreden");
    CHECK(out.seconds < 5.0);
  }
  SECTION("string.format with a wide field, many times over") {
    auto out = run_with_good(R"(
      local t = {}
      while true do t[#t + 1] = string.format("%99d%99d%99d", 1, 2, 3) .. #t end)",
                             limits);
    refused(out, "geheugenlimiet van 16 MiB overschreden");
    CHECK(out.seconds < 5.0);
  }
  SECTION("memory kept in an upvalue of the rule") {
    // The rule's closure keeps the memory; compiling the rule afresh must let it go.
    auto out = run_with_good(R"(
      local s = "x"
      while true do s = s .. "abcdefghijklmnopqrstuvwxyz"; bewaard[#bewaard + 1] = s end)",
                             limits, "local bewaard = {}\n");
    refused(out, "geheugenlimiet van 16 MiB overschreden");
  }
  SECTION("every document of a run, one after the other") {
    TestRules rules({{"a-regel.lua", TestRules::rule("a-regel", R"(
                        local t, s = {}, "x"
                        while true do s = s .. "abcdefghijklmnopqrstuvwxyz"; t[#t + 1] = s end)")},
                     {"b-goed.lua", good_rule()}});
    RuleCatalog catalog = load_catalog_or_fail({rules.folder()}, limits);
    auto doc = fixture("jaarverslagen/po2704-2023.xml");
    CheckResult result = check_files(catalog, {doc, doc, doc}, {}, limits, "2026-11-25");
    REQUIRE(result.findings.size() == 6);
    for (std::size_t i = 0; i < result.findings.size(); i += 2) {
      CHECK(result.findings[i].rule == "test.a-regel");
      CHECK(result.findings[i].status == Status::fout);
      CHECK_THAT(result.findings[i].message, Catch::Contains("geheugenlimiet"));
      CHECK(result.findings[i + 1].rule == "test.b-goed");
      CHECK(result.findings[i + 1].status == Status::voldoet);
    }
  }
}

TEST_CASE("C functions the instruction hook cannot see are capped") {
  SECTION("a catastrophic backtracking pattern") {
    auto out = run_with_good(R"(
      local i = string.find(("a"):rep(100), ("a*"):rep(5) .. "b")
      ctx:voldoet{ message = "klaar " .. tostring(i) })");
    refused(out, "patroon");
    CHECK(out.seconds < 2.0);
  }
  SECTION("the same pattern as a string method") {
    auto out = run_with_good(R"(
      local i = ("a"):rep(100):find(("a*"):rep(5) .. "b")
      ctx:voldoet{ message = "klaar " .. tostring(i) })");
    refused(out, "patroon");
    CHECK(out.seconds < 2.0);
  }
  SECTION("the pattern in match, gmatch and gsub") {
    for (const char* call : {R"(string.match(s, p))", R"(s:gmatch(p)())", R"(s:gsub(p, ""))"}) {
      INFO(call);
      auto out = run_with_good(std::string("local s, p = (\"a\"):rep(100), (\"a*\"):rep(5) .. \"b\"\n") + call +
                               "\nctx:voldoet{ message = \"klaar\" }");
      refused(out, "patroon");
      CHECK(out.seconds < 2.0);
    }
  }
  SECTION("one quantifier, not anchored, on a long text") {
    // Tried from every start position: quadratic, about 30 s for these 100000 characters.
    auto out = run_with_good(R"(
      local i = ("a"):rep(100000):find("a*b")
      ctx:voldoet{ message = "klaar " .. tostring(i) })");
    refused(out, "patroon te complex voor een tekst van 100000 tekens");
    CHECK(out.seconds < 2.0);
  }
  SECTION("ordinary patterns still work") {
    auto out = run_with_good(R"lua(
      local naam = doc:text("swv/@naam")
      local a, b = ("2023-12-31"):match("^(%d+)%-(%d+)")
      ctx:voldoet{ message = "klaar", values = { woorden = select(2, naam:gsub("%S+", "")), a = a, b = b,
                                                 trim = ("  x y  "):match("^%s*(.-)%s*$") } })lua");
    const auto& f = finding_of(out.findings, "test.a-regel");
    REQUIRE(f.status == Status::voldoet);
    CHECK(f.values.at("woorden") == "3");
    CHECK(f.values.at("a") == "2023");
    CHECK(f.values.at("b") == "12");
    CHECK(f.values.at("trim") == "x y");
  }
  SECTION("table.move with a huge range") {
    auto out = run_with_good(R"(
      table.move({}, 1, 3e8, 1)
      ctx:voldoet{ message = "klaar" })");
    refused(out, "table.move: bereik te groot");
    CHECK(out.seconds < 2.0);
  }
  SECTION("table.move with a huge range given as strings") {
    auto out = run_with_good(R"(
      table.move({}, "1", "300000000", 1)
      ctx:voldoet{ message = "klaar" })");
    refused(out, "table.move: bereik te groot");
    CHECK(out.seconds < 2.0);
  }
  SECTION("table.move with a small range still works") {
    auto out = run_with_good(R"(
      local t = table.move({ 1, 2, 3 }, 1, 3, 2)
      ctx:voldoet{ message = "klaar", values = { t = table.concat(t, ",") } })");
    const auto& f = finding_of(out.findings, "test.a-regel");
    REQUIRE(f.status == Status::voldoet);
    CHECK(f.values.at("t") == "1,1,2,3");
  }
  SECTION("string.rep of an empty string a huge number of times") {
    // Allocates nothing, so the memory ceiling does not stop it; the C loop runs 2^53 times.
    auto out = run_with_good(R"(
      local s = (""):rep(1 << 53)
      ctx:voldoet{ message = "klaar " .. #s })");
    refused(out, "string.rep");
    CHECK(out.seconds < 2.0);
  }
}

namespace {
SandboxLimits roomy_limits() {
  SandboxLimits roomy;
  roomy.memory_bytes = 512u << 20;
  return roomy;
}
}  // namespace

TEST_CASE("deep recursion is stopped") {
  const std::string recursion = R"(
    local function f() return 1 + f() end
    ctx:voldoet{ message = "klaar " .. f() })";
  SECTION("by the Lua stack limit when the memory ceiling leaves room for it") {
    SandboxLimits roomy;
    roomy.memory_bytes = 512u << 20;
    auto out = run_with_good(recursion, roomy);
    refused(out, "stack overflow");
  }
  SECTION("by the memory ceiling first under the default limits") {
    // A million stack slots and their call frames need more than the default 64 MiB.
    auto out = run_with_good(recursion);
    refused(out, "geheugenlimiet van 64 MiB overschreden");
  }
  SECTION("recursion through an __index metamethod") {
    auto out = run_with_good(R"(
      local t = setmetatable({}, { __index = function(t, k) return t[k .. "x"] end })
      ctx:voldoet{ message = "klaar " .. tostring(t.a) })", roomy_limits());
    refused(out, "stack overflow");
  }
  SECTION("recursion through __tostring and tostring") {
    auto out = run_with_good(R"(
      local t = {}
      setmetatable(t, { __tostring = function(x) return "<" .. tostring(x) .. ">" end })
      ctx:voldoet{ message = "klaar " .. tostring(t) })", roomy_limits());
    refused(out, "stack overflow");
  }
  SECTION("recursion through table.sort's comparison") {
    auto out = run_with_good(R"(
      local function cmp(a, b) table.sort({ 3, 2, 1 }, cmp) return a < b end
      table.sort({ 3, 2, 1 }, cmp)
      ctx:voldoet{ message = "klaar" })", roomy_limits());
    refused(out, "stack overflow");
  }
  SECTION("recursion through pcall is caught by the rule itself and the host goes on") {
    auto out = run_with_good(R"(
      local function f() local ok, err = pcall(f) if not ok then error(err, 0) end end
      local ok, err = pcall(f)
      ctx:voldoet{ message = "gevangen", values = { err = tostring(err) } })", roomy_limits());
    const auto& f = finding_of(out.findings, "test.a-regel");
    INFO(f.message);
    CHECK((f.status == Status::fout || f.status == Status::voldoet));
    if (f.status == Status::voldoet) CHECK_THAT(f.values.at("err"), Catch::Contains("stack overflow"));
    require_good_rule_unharmed(out.findings);
  }
  SECTION("recursion through a C function") {
    auto out = run_with_good(R"(
      local function f(s) return (s:gsub(".", f)) end
      ctx:voldoet{ message = "klaar " .. f("ab") })");
    refused(out, "stack overflow");
  }
}
