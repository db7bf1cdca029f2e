// Escape attempts from the rule sandbox: each one yields a `fout` finding for the rule that
// tries it, with a reason that says what was refused, while a well-behaved rule in the same
// folder still gives its normal finding.
#include <catch2/catch.hpp>

#include <lua.hpp>

#include <string>
#include <vector>

#include "support/paths.h"
#include "support/rule_harness.h"

using namespace swv;
using namespace swv::test;

namespace {

// The well-behaved neighbour: also proves the string methods every string shares still work.
std::string good_rule() {
  return TestRules::rule("goed", R"(
    ctx:voldoet{ message = "in orde", values = { methode = ("x"):upper(), functie = string.upper("y"),
                                                 jaar = doc.jaar } })");
}

void require_good_rule_unharmed(const std::vector<Finding>& findings) {
  const auto& good = finding_of(findings, "test.goed");
  CHECK(good.status == Status::voldoet);
  CHECK(good.message == "in orde");
  CHECK(good.values.at("methode") == "X");
  CHECK(good.values.at("functie") == "Y");
  CHECK(good.values.at("jaar") == "2023");
}

std::size_t count_of(const std::vector<Finding>& findings, const std::string& rule) {
  std::size_t n = 0;
  for (const auto& f : findings) n += f.rule == rule;
  return n;
}

// Runs `attack` as the rule "test.aanval" (with `prelude` above its table) next to the good
// rule, and checks that it yields one `fout` whose reason contains `reason`.
void require_refused(const std::string& attack, const std::string& reason, const std::string& prelude = "",
                     const std::vector<std::pair<std::string, std::string>>& extra_files = {}) {
  std::vector<std::pair<std::string, std::string>> files{{"aanval.lua", TestRules::rule("aanval", attack, prelude)},
                                                         {"goed.lua", good_rule()}};
  files.insert(files.end(), extra_files.begin(), extra_files.end());
  TestRules rules(files);
  auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
  INFO("attack: " << attack);
  CHECK(count_of(findings, "test.aanval") == 1);
  const auto& bad = finding_of(findings, "test.aanval");
  INFO("message: " << bad.message);
  CHECK(bad.status == Status::fout);
  CHECK_THAT(bad.message, Catch::Contains("Regel kon niet worden uitgevoerd"));
  CHECK_THAT(bad.message, Catch::Contains(reason));
  CHECK_THAT(bad.values.at("fout"), Catch::Contains(reason));
  require_good_rule_unharmed(findings);
}

struct Attempt {
  const char* what;
  const char* code;
  const char* reason;
};

}  // namespace

TEST_CASE("standard libraries and functions a rule must not reach are absent") {
  // Every attack reports voldoet if it gets through, so a missing refusal fails the test.
  auto attempt = GENERATE(values<Attempt>({
      {"io", R"(io.open("/etc/passwd"))", "attempt to index a nil value (global 'io')"},
      {"os", R"(os.execute("true"))", "attempt to index a nil value (global 'os')"},
      {"debug", R"(debug.sethook())", "attempt to index a nil value (global 'debug')"},
      {"package", R"(package.loadlib("libc.so.6", "system"))", "attempt to index a nil value (global 'package')"},
      {"coroutine", R"(coroutine.wrap(function() end)())", "attempt to index a nil value (global 'coroutine')"},
      {"load", R"(load("return 1")())", "attempt to call a nil value (global 'load')"},
      {"loadfile", R"(loadfile("/etc/passwd"))", "attempt to call a nil value (global 'loadfile')"},
      {"dofile", R"(dofile("/etc/passwd"))", "attempt to call a nil value (global 'dofile')"},
      {"string.dump", R"(string.dump(function() end))", "attempt to call a nil value (field 'dump')"},
      {"dump as a string method", R"(local s = "" ; s.dump(function() end))", "attempt to call a nil value (field 'dump')"},
      {"collectgarbage", R"(collectgarbage("stop"))", "attempt to call a nil value (global 'collectgarbage')"},
      {"print", R"(print("naar stdout"))", "attempt to call a nil value (global 'print')"},
      {"rawset", R"(rawset(_ENV, "x", 1))", "attempt to call a nil value (global 'rawset')"},
      {"rawget", R"(rawget(_ENV, "x"))", "attempt to call a nil value (global 'rawget')"},
      {"rawequal", R"(rawequal(1, 1))", "attempt to call a nil value (global 'rawequal')"},
      {"rawlen", R"(rawlen({}))", "attempt to call a nil value (global 'rawlen')"},
      {"io through _G", R"(_G.io.open("/etc/passwd"))", "attempt to index a nil value (field 'io')"},
      {"math.random", R"(math.random(1, 6))", "attempt to call a nil value (field 'random')"},
      {"load of bytecode", R"(load("\27Lua\84\0\25\147\13\10\26\10\4\8\8", "x", "b")())",
       "attempt to call a nil value (global 'load')"},
  }));
  DYNAMIC_SECTION(attempt.what) {
    require_refused(std::string(attempt.code) + "\n    ctx:voldoet{ message = \"ontsnapt\" }", attempt.reason);
  }
}

TEST_CASE("require loads only modules from the lib folder of the rules folders") {
  auto attempt = GENERATE(values<Attempt>({
      {"a path climbing out of lib", R"(require("lib.../../etc"))", "'lib.../../etc' is geen module uit de map lib"},
      {"a file path", R"(require("lib/../../etc/passwd"))", "is geen module uit de map lib"},
      // params/test.lua exists in the folder: refused for its name, not because it is missing
      {"an existing file outside lib", R"(require("params.test"))", "'params.test' is geen module uit de map lib"},
      {"a standard library", R"(require("os"))", "'os' is geen module uit de map lib"},
      {"an upper-case name", R"(require("lib.Hulp"))", "is geen module uit de map lib"},
  }));
  DYNAMIC_SECTION(attempt.what) {
    require_refused(std::string(attempt.code) + "\n    ctx:voldoet{ message = \"ontsnapt\" }", attempt.reason, "",
                    {{"lib/hulp.lua", "return { n = 1 }\n"}});
  }
}

TEST_CASE("the string metatable is locked") {
  SECTION("getmetatable on a string does not give the metatable") {
    require_refused(R"(
      getmetatable("").__index.upper = function() return "gehackt" end
      ctx:voldoet{ message = "ontsnapt" })",
                    "attempt to index a boolean value");
  }
  SECTION("the __index of the string metatable cannot be replaced") {
    require_refused(R"(
      getmetatable("").__index = { upper = function() return "gehackt" end }
      ctx:voldoet{ message = "ontsnapt" })",
                    "attempt to index a boolean value");
  }
  SECTION("setmetatable on a string is refused") {
    require_refused(R"(
      setmetatable("", { __index = { upper = function() return "gehackt" end } })
      ctx:voldoet{ message = "ontsnapt" })",
                    "(table expected, got string)");
  }
}

TEST_CASE("setmetatable refuses a metatable with __gc") {
  // A finalizer runs with hooks off: this one would hang the host when the state closes.
  require_refused(R"(
    setmetatable({}, { __gc = function() while true do end end })
    ctx:voldoet{ message = "ontsnapt" })",
                  "setmetatable: __gc is niet toegestaan in regels");
}

TEST_CASE("a rule's globals are frozen after its file has loaded") {
  SECTION("changing a global set at load time") {
    require_refused(R"(
      teller = teller + 1
      ctx:voldoet{ message = "teller " .. teller })",
                    "globale variabele 'teller' kan na het laden niet meer worden gezet", "teller = 0\n");
  }
  SECTION("adding a global") {
    require_refused(R"(
      nieuw = 1
      ctx:voldoet{ message = "ontsnapt" })",
                    "globale variabele 'nieuw' kan na het laden niet meer worden gezet");
  }
  SECTION("writing through _G") {
    require_refused(R"(
      _G.nieuw = 1
      ctx:voldoet{ message = "ontsnapt" })",
                    "globale variabele 'nieuw' kan na het laden niet meer worden gezet");
  }
  SECTION("replacing a library table") {
    require_refused(R"(
      string = {}
      ctx:voldoet{ message = "ontsnapt" })",
                    "globale variabele 'string' kan na het laden niet meer worden gezet");
  }
  SECTION("removing the protection from the environment") {
    require_refused(R"(
      setmetatable(_ENV, nil)
      ctx:voldoet{ message = "ontsnapt" })",
                    "cannot change a protected metatable");
  }
  SECTION("reading the environment's metatable") {
    require_refused(R"(
      getmetatable(_ENV).__newindex = nil
      ctx:voldoet{ message = "ontsnapt" })",
                    "attempt to index a boolean value");
  }
}

TEST_CASE("the doc and ctx objects every rule shares are read-only") {
  SECTION("doc") {
    require_refused(R"(
      doc.swv = "XX9999"
      ctx:voldoet{ message = "ontsnapt" })",
                    "doc is alleen-lezen");
  }
  SECTION("ctx") {
    require_refused(R"(
      ctx.voldoet = function() end
      ctx:voldoet{ message = "ontsnapt" })",
                    "ctx is alleen-lezen");
  }
  SECTION("a node") {
    require_refused(R"(
      local lid = doc:nodes("governance/internToezicht/lid")[1]
      lid.text = function() return "gehackt" end
      ctx:voldoet{ message = "ontsnapt" })",
                    "een knoop is alleen-lezen");
  }
  SECTION("the metatable of doc") {
    require_refused(R"(
      getmetatable(doc).__index = nil
      ctx:voldoet{ message = "ontsnapt" })",
                    "attempt to index a boolean value");
  }
}

TEST_CASE("a rule changing its own copy of a library does not affect another rule") {
  // "test.a" is compiled and run before "test.b": its changes would be visible to b if shared.
  // (During check its copies are read-only: unit_state_test.cc.)
  TestRules rules({
      {"a.lua", TestRules::rule("a", R"(
        ctx:voldoet{ message = "eigen kopie", values = { upper = string.upper("x"), lower = string.lower("Y") } })",
                                "string.upper = function() return \"gehackt\" end\n"
                                "string.lower = function() return \"ook gehackt\" end\n"
                                "table.concat = function() return \"gehackt\" end\n")},
      {"b.lua", TestRules::rule("b", R"(
        ctx:voldoet{ message = "onaangetast", values = {
          methode = ("x"):upper(), functie = string.upper("x"),
          lower_methode = ("Y"):lower(), lower_functie = string.lower("Y"),
          concat = table.concat({ "p", "q" }) } })")},
  });
  auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
  const auto& a = finding_of(findings, "test.a");
  REQUIRE(a.status == Status::voldoet);
  CHECK(a.values.at("upper") == "gehackt");  // the change holds in a's own copy
  CHECK(a.values.at("lower") == "ook gehackt");
  const auto& b = finding_of(findings, "test.b");
  REQUIRE(b.status == Status::voldoet);
  CHECK(b.values.at("methode") == "X");
  CHECK(b.values.at("functie") == "X");
  CHECK(b.values.at("lower_methode") == "y");
  CHECK(b.values.at("lower_functie") == "y");
  CHECK(b.values.at("concat") == "pq");
}

TEST_CASE("a required lib module table is read-only") {
  const std::pair<std::string, std::string> module{
      "lib/hulp.lua", "local M = { n = 1, sub = { a = 1 } }\nfunction M.waarde() return M.n end\nreturn M\n"};
  SECTION("writing a field") {
    require_refused(R"(
      local hulp = require("lib.hulp")
      hulp.n = 2
      ctx:voldoet{ message = "ontsnapt" })",
                    "deze tabel is alleen-lezen", "", {module});
  }
  SECTION("replacing a function") {
    require_refused(R"(
      local hulp = require("lib.hulp")
      hulp.waarde = function() return 99 end
      ctx:voldoet{ message = "ontsnapt" })",
                    "deze tabel is alleen-lezen", "", {module});
  }
  SECTION("writing into a nested table") {
    require_refused(R"(
      local hulp = require("lib.hulp")
      hulp.sub.a = 2
      ctx:voldoet{ message = "ontsnapt" })",
                    "deze tabel is alleen-lezen", "", {module});
  }
  SECTION("the module's globals are frozen too") {
    require_refused(R"(
      ctx:voldoet{ message = "ontsnapt", values = { n = require("lib.bad").zet() } })",
                    "globale variabele 'x' kan na het laden niet meer worden gezet", "",
                    {{"lib/bad.lua", "local M = {}\nfunction M.zet() x = 1 return 1 end\nreturn M\n"}});
  }
  SECTION("the other rule sees the module unchanged") {
    TestRules rules({
        {"a.lua", TestRules::rule("a", R"(
          local hulp = require("lib.hulp")
          pcall(function() hulp.n = 2 end)
          pcall(function() hulp.sub.a = 2 end)
          ctx:voldoet{ message = "geprobeerd", values = { n = hulp.n, a = hulp.sub.a } })")},
        {"b.lua", TestRules::rule("b", R"(
          local hulp = require("lib.hulp")
          ctx:voldoet{ message = "gelezen", values = { n = hulp.waarde(), a = hulp.sub.a, lengte = #hulp } })")},
        module,
    });
    auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
    CHECK(finding_of(findings, "test.a").values.at("n") == "1");
    CHECK(finding_of(findings, "test.a").values.at("a") == "1");
    const auto& b = finding_of(findings, "test.b");
    REQUIRE(b.status == Status::voldoet);
    CHECK(b.values.at("n") == "1");
    CHECK(b.values.at("a") == "1");
  }
}

namespace {

// Real Lua 5.4 bytecode of `source`, as luac would write it.
std::string bytecode_of(const std::string& source) {
  lua_State* L = luaL_newstate();
  REQUIRE(luaL_loadbufferx(L, source.data(), source.size(), "=regel", "t") == LUA_OK);
  std::string out;
  lua_dump(
      L,
      [](lua_State*, const void* p, size_t size, void* ud) {
        static_cast<std::string*>(ud)->append(static_cast<const char*>(p), size);
        return 0;
      },
      &out, 0);
  lua_close(L);
  return out;
}

}  // namespace

TEST_CASE("a rule file in bytecode is refused at load") {
  std::string binary = bytecode_of(TestRules::rule("binair", "ctx:voldoet{ message = \"binair\" }"));
  REQUIRE(binary.rfind("\x1bLua", 0) == 0);
  TestRules rules({{"binair.lua", binary}, {"goed.lua", good_rule()}});
  RuleCatalog catalog;
  std::vector<RuleLoadError> errors;
  CHECK_FALSE(RuleCatalog::load({rules.folder()}, {}, &catalog, &errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == rules.folder() + "/binair.lua");
  CHECK_THAT(errors[0].message, Catch::Contains("binary chunk"));
  CHECK(catalog.find("test.binair") == nullptr);
  CHECK(catalog.find("test.goed") != nullptr);
}

TEST_CASE("a lib module in bytecode is refused by require") {
  std::string binary = bytecode_of("return { n = 1 }\n");
  TestRules rules({{"lib/binair.lua", binary},
                   {"aanval.lua", TestRules::rule("aanval", R"(
                      local m = require("lib.binair")
                      ctx:voldoet{ message = "ontsnapt", values = { n = m.n } })")},
                   {"goed.lua", good_rule()}});
  auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
  const auto& bad = finding_of(findings, "test.aanval");
  CHECK(bad.status == Status::fout);
  CHECK_THAT(bad.message, Catch::Contains("binary chunk"));
  require_good_rule_unharmed(findings);
}

TEST_CASE("a rule cannot see or change another rule's globals") {
  // Each rule file runs in an environment of its own: "a" sets globals at load, "b" looks for
  // them by every route a rule has, and tries to plant one of its own for "a" to find.
  TestRules rules({
      {"a.lua", TestRules::rule("a", R"(
        ctx:voldoet{ message = "a", values = { geheim = geheim, van_b = tostring(van_b), teller = teller() } })",
                                "geheim = \"van a\"\nlocal n = 0\nfunction teller() n = n + 1 return n end\n")},
      {"b.lua", TestRules::rule("b", R"(
        local gezien = {}
        for _, route in ipairs({ function() return geheim end, function() return _G.geheim end,
                                 function() return _ENV.geheim end, function() return teller end }) do
          gezien[#gezien + 1] = tostring(route())
        end
        local ok, err = pcall(function() van_b = "geplant" end)
        ctx:voldoet{ message = "b", values = { gezien = table.concat(gezien, ","), geplant = ok, err = err } })")},
  });
  auto findings = run_rules({rules.folder()}, fixture("jaarverslagen/po2704-2023.xml"));
  const auto& a = finding_of(findings, "test.a");
  REQUIRE(a.status == Status::voldoet);
  CHECK(a.values.at("geheim") == "van a");
  CHECK(a.values.at("van_b") == "nil");
  CHECK(a.values.at("teller") == "1");
  const auto& b = finding_of(findings, "test.b");
  REQUIRE(b.status == Status::voldoet);
  CHECK(b.values.at("gezien") == "nil,nil,nil,nil");
  CHECK(b.values.at("geplant") == "nee");
  CHECK_THAT(b.values.at("err"), Catch::Contains("globale variabele 'van_b' kan na het laden niet meer worden gezet"));
  SECTION("writing another rule's global name is refused as fout, the other rule unharmed") {
    require_refused(R"(
      geheim = "overschreven"
      ctx:voldoet{ message = "ontsnapt" })",
                    "globale variabele 'geheim' kan na het laden niet meer worden gezet");
  }
}

TEST_CASE("nothing can yield across the host: there is no coroutine library to reach") {
  // A yield from inside a host call (doc:nodes, a pcall, a metamethod) would unwind through
  // C++ frames; Lua 5.4.4 also crashes on coroutine.close chains. The library is not there,
  // by any route, so no rule can yield at all.
  auto attempt = GENERATE(values<Attempt>({
      {"coroutine.yield", R"(coroutine.yield(1))", "attempt to index a nil value (global 'coroutine')"},
      {"a coroutine resumed around a host call",
       R"(coroutine.resume(coroutine.create(function() doc:text("swv/@naam"); coroutine.yield() end)))",
       "attempt to index a nil value (global 'coroutine')"},
      {"through _G", R"(_G.coroutine.yield())", "attempt to index a nil value (field 'coroutine')"},
      {"through _ENV", R"(_ENV.coroutine.wrap(print))", "attempt to index a nil value (global 'coroutine')"},
      {"through require", R"(require("coroutine").yield())", "'coroutine' is geen module uit de map lib"},
      {"inside a pcall", R"(local ok, e = pcall(function() return coroutine.running() end) error(e))",
       "attempt to index a nil value (global 'coroutine')"},
      {"from a lib module", R"(require("lib.co").co.yield())", "attempt to index a nil value (field 'co')"},
  }));
  DYNAMIC_SECTION(attempt.what) {
    require_refused(std::string(attempt.code) + "\n    ctx:voldoet{ message = \"ontsnapt\" }", attempt.reason, "",
                    {{"lib/co.lua", "return { co = coroutine }\n"}});
  }
}
