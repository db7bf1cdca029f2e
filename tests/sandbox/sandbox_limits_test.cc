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

// A small instruction budget for runaway pattern matches: stopped by the budget in well under
// a second even under ASan, never by the 5 s wall clock first.
SandboxLimits small_budget() {
  SandboxLimits limits;
  limits.instructions = 2'000'000;  // the matcher's steps count against the same budget
  return limits;
}

}  // namespace

TEST_CASE("an endless loop is stopped by the instruction budget", "[threads]") {
  auto out = run_with_good("while true do end\n    ctx:voldoet{ message = \"klaar\" }");
  const auto& f = refused(out, "instructielimiet van 50000000 overschreden");
  CHECK(f.values.at("fout") == "instructielimiet van 50000000 overschreden (oneindige lus?)");
  CHECK(out.seconds < 5.0);  // stopped by the count, not the 5 s wall clock
}

TEST_CASE("an endless loop stays stopped when the rule catches the error", "[threads]") {
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

TEST_CASE("an error handler that loops is stopped too", "[threads]") {
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

TEST_CASE("an error object with metamethods does not run outside the budget", "[threads]") {
  // The runner inspects the error object after the budgeted call has ended.
  auto out = run_with_good(R"lua(
    error(setmetatable({}, { __index = function() while true do end end })))lua");
  const auto& f = refused(out, "fout-object van type table");
  CHECK(f.status == Status::fout);
  CHECK(out.seconds < 5.0);
}

TEST_CASE("the instruction budget is configurable", "[threads]") {
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
  SECTION("a budget of 10000 instructions, counted from the first one (as --max-instructions does), stops it") {
    SandboxLimits small;
    small.instructions = 10000;
    small.count_after = {};
    auto out = run_with_good(body, small);
    const auto& f = refused(out, "instructielimiet van 10000 overschreden");
    CHECK(f.values.at("fout") == "instructielimiet van 10000 overschreden (oneindige lus?)");
  }
  SECTION("a budget of 10000 instructions stops a loop that runs past count_after") {
    SandboxLimits small;
    small.instructions = 10000;
    small.count_after = std::chrono::milliseconds(5);
    auto out = run_with_good("while true do end\n    ctx:voldoet{ message = \"klaar\" }", small);
    const auto& f = refused(out, "instructielimiet van 10000 overschreden");
    CHECK(f.values.at("fout") == "instructielimiet van 10000 overschreden (oneindige lus?)");
    CHECK(out.seconds < 5.0);  // the count, not the 5 s wall clock
  }
}

// Not under ThreadSanitizer ([threads]): it holds signals back, so there every call is
// counted from its first instruction.
TEST_CASE("a rule call that ends before count_after is not counted against the instruction budget") {
  SandboxLimits small;
  small.instructions = 10000;                      // the loop below runs about 400,000
  small.count_after = std::chrono::seconds(4);     // far longer than the loop takes
  auto out = run_with_good(R"(
    local som = 0
    for i = 1, 100000 do som = som + i end
    ctx:voldoet{ message = "klaar", values = { som = som } })", small);
  const auto& f = finding_of(out.findings, "test.a-regel");
  CHECK(f.status == Status::voldoet);
  CHECK(f.values.at("som") == "5000050000");
  require_good_rule_unharmed(out.findings);
}

TEST_CASE("the wall-clock watchdog stops a rule the instruction budget would allow", "[threads]") {
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
    // The rule's closure keeps the memory; compiling the rule afresh must let it go. (A table
    // in an upvalue is read-only during check: unit_state_test.cc.)
    auto out = run_with_good(R"(
      while true do bewaard = bewaard .. bewaard end)",
                             limits, "local bewaard = \"abcdefghijklmnopqrstuvwxyz\"\n");
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
  // The pattern functions count their steps against the instruction budget (string_patterns.h).
  SECTION("a catastrophic backtracking pattern") {
    auto out = run_with_good(R"(
      local i = string.find(("a"):rep(100), ("a*"):rep(5) .. "b")
      ctx:voldoet{ message = "klaar " .. tostring(i) })", small_budget());
    refused(out, "instructielimiet");
    CHECK(out.seconds < 5.0);
  }
  SECTION("the same pattern as a string method") {
    auto out = run_with_good(R"(
      local i = ("a"):rep(100):find(("a*"):rep(5) .. "b")
      ctx:voldoet{ message = "klaar " .. tostring(i) })", small_budget());
    refused(out, "instructielimiet");
    CHECK(out.seconds < 5.0);
  }
  SECTION("the pattern in match, gmatch and gsub") {
    for (const char* call : {R"(string.match(s, p))", R"(s:gmatch(p)())", R"(s:gsub(p, ""))"}) {
      INFO(call);
      auto out = run_with_good(std::string("local s, p = (\"a\"):rep(100), (\"a*\"):rep(5) .. \"b\"\n") + call +
                               "\nctx:voldoet{ message = \"klaar\" }", small_budget());
      refused(out, "instructielimiet");
      CHECK(out.seconds < 5.0);
    }
  }
  SECTION("one quantifier, not anchored, on a long text") {
    // Tried from every start position: quadratic, about 30 s for these 100000 characters.
    auto out = run_with_good(R"(
      local i = ("a"):rep(100000):find("a*b")
      ctx:voldoet{ message = "klaar " .. tostring(i) })", small_budget());
    refused(out, "instructielimiet");
    CHECK(out.seconds < 5.0);
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

// Issue 14: limits that hold inside C functions, XPath and host memory.
// [threads]: also run under ThreadSanitizer (scripts/test.sh): the tests where the watchdog
// thread and the deadline take part. The heavy ones stay out: TSan slows them past 5 s.

TEST_CASE("limits: a backtracking pattern is stopped by the instruction budget in every pattern function", "[threads]") {
  // 2^40 ways to match the a? items: hours for Lua's own matcher, which the hook cannot see.
  const std::string setup = "local n = 40\nlocal s = (\"a\"):rep(n)\nlocal p = \"^\" .. (\"a?\"):rep(n) .. (\"a\"):rep(n) .. \"b\"\n";
  for (const char* call : {"s:match(p)", "s:find(p)", "string.find(s, p, 1)", "s:gmatch(p:sub(2))()", "s:gsub(p, \"\")"}) {
    INFO(call);
    auto out = run_with_good(setup + "local r = " + call + "\nctx:voldoet{ message = \"klaar \" .. tostring(r) }",
                             small_budget());
    refused(out, "instructielimiet van 2000000 overschreden");
  }
  SECTION("each quantifier and %b") {
    for (const char* pattern : {"(\"a*\"):rep(8) .. \"b\"", "(\"a+\"):rep(8) .. \"b\"", "(\"a-\"):rep(8) .. \"b\"",
                                "(\"%b()\"):rep(3) .. \"x\""}) {
      INFO(pattern);
      auto out = run_with_good(std::string("local s = (\"a\"):rep(3000) .. (\"(\"):rep(3000) .. (\")\"):rep(3000)\n") +
                                   "local r = s:find(" + pattern + ")\nctx:voldoet{ message = \"klaar \" .. tostring(r) }",
                               small_budget());
      refused(out, "instructielimiet van 2000000 overschreden");
    }
  }
  SECTION("a pcall around the match does not catch the stop") {
    auto out = run_with_good(setup + R"(
      local ok, err = pcall(string.match, s, p)
      ctx:voldoet{ message = "ontsnapt: " .. tostring(err) })", small_budget());
    refused(out, "instructielimiet");
  }
  SECTION("at the deadline when the budget would allow it") {
    SandboxLimits limits;
    limits.instructions = std::int64_t{1} << 60;
    limits.wall_time = std::chrono::milliseconds(300);
    auto out = run_with_good(setup + "local r = s:match(p)\nctx:voldoet{ message = \"klaar\" }", limits);
    refused(out, "tijdslimiet van 300 ms overschreden");
    CHECK(out.seconds < 5.0);
  }
}

TEST_CASE("limits: literal searches are linear and give the rule's normal outcome") {
  // 4 MB needle on an 8 MB subject: subject x needle steps for a naive search.
  auto out = run_with_good(R"(
    local s = ("a"):rep(8000000)
    local needle = ("a"):rep(4000000) .. "b"
    local plain = s:find(needle, 1, true)
    local literal = s:find(needle)
    local found = (s .. "b"):find(needle, 1, true)
    ctx:voldoet{ message = "klaar", values = { plain = tostring(plain), literal = tostring(literal), found = found } })",
                           small_budget());
  const auto& f = finding_of(out.findings, "test.a-regel");
  INFO(f.message);
  REQUIRE(f.status == Status::voldoet);
  CHECK(f.values.at("plain") == "nil");
  CHECK(f.values.at("literal") == "nil");
  CHECK(f.values.at("found") == "4000001");
  require_good_rule_unharmed(out.findings);
}

TEST_CASE("limits: an XPath that would run for minutes is stopped at the deadline", "[threads]") {
  SandboxLimits limits;
  limits.wall_time = std::chrono::milliseconds(300);
  auto out = run_with_good(R"(
    local n = doc:count("//*[count(//*[count(//*[count(//*[count(//*[count(//*)])])])])]")
    ctx:voldoet{ message = "klaar " .. n })", limits);
  refused(out, "tijdslimiet van 300 ms overschreden");
  CHECK(out.seconds < 20.0);  // not hours; loose for sanitizer builds on a busy machine
  SECTION("also when the rule catches the error") {
    auto caught = run_with_good(R"(
      local ok, err = pcall(doc.count, doc, "//*[count(//*[count(//*[count(//*[count(//*[count(//*)])])])])]")
      ctx:voldoet{ message = "ontsnapt: " .. tostring(err) })", limits);
    refused(caught, "tijdslimiet van 300 ms overschreden");
  }
}

TEST_CASE("limits: a rule gives at most max_findings findings per unit", "[threads]") {
  SandboxLimits limits;
  limits.max_findings = 5;
  SECTION("five is allowed") {
    auto out = run_with_good("for i = 1, 5 do ctx:voldoet{ message = \"m\", subject = tostring(i) } end", limits);
    CHECK(count_of(out.findings, "test.a-regel") == 5);
  }
  SECTION("the sixth stops the rule as fout, also inside pcall") {
    auto out = run_with_good(R"(
      pcall(function() for i = 1, 1e9 do ctx:voldoet{ message = "m", subject = tostring(i) } end end)
      ctx:voldoet{ message = "ontsnapt" })", limits);
    refused(out, "meer dan 5 bevindingen voor één eenheid");
  }
  SECTION("the default is 1000") {
    auto out = run_with_good("for i = 1, 1e9 do ctx:voldoet{ message = (\"x\"):rep(1024), subject = tostring(i) } end");
    refused(out, "meer dan 1000 bevindingen voor één eenheid");
  }
}

TEST_CASE("limits: what a rule makes the host keep counts against the memory ceiling") {
  SandboxLimits limits;
  limits.memory_bytes = 16u << 20;
  SECTION("messages: 100 findings of 256 KB") {
    // Lua holds one 256 KB string; the host would hold 25 MB of findings.
    auto out = run_with_good(R"(
      local m = ("x"):rep(256 * 1024)
      for i = 1, 100 do ctx:voldoet{ message = m, subject = tostring(i) } end)", limits);
    refused(out, "geheugenlimiet van 16 MiB overschreden");
  }
  SECTION("values: one finding with 100 values of 256 KB") {
    auto out = run_with_good(R"(
      local m, values = ("x"):rep(256 * 1024), {}
      for i = 1, 100 do values["v" .. i] = m end
      ctx:voldoet{ message = "m", values = values })", limits);
    refused(out, "geheugenlimiet van 16 MiB overschreden");
  }
  SECTION("reads of ever new absent paths") {
    auto out = run_with_good(R"(
      local long = ("x"):rep(500)
      for i = 1, 1e6 do doc:text("nergens/" .. long .. i) end
      ctx:voldoet{ message = "ontsnapt" })", limits);
    refused(out, "geheugenlimiet van 16 MiB overschreden");
  }
  SECTION("the same absent path read in a loop is recorded once") {
    // 40,000 reads would take the host over 6 MB if each were kept.
    SandboxLimits tight = limits;
    tight.memory_bytes = 4u << 20;
    tight.wall_time = std::chrono::milliseconds(60000);
    auto out = run_with_good(R"(
      for i = 1, 20000 do doc:text("nergens/hier"); doc:text("financien/baten/totaal") end
      ctx:niet_te_beoordelen{})", tight);
    const auto& f = finding_of(out.findings, "test.a-regel");
    INFO(f.message);
    REQUIRE(f.status == Status::niet_te_beoordelen);
    CHECK(f.values.at("ontbreekt") == "/jaarverslag/nergens/hier");
    REQUIRE(f.evidence.size() == 1);
    CHECK(f.evidence[0].path == "/jaarverslag/financien/baten/totaal");
  }
}
