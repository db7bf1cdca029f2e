// The money and decimal helpers moved from Lua into the host (issue 13): for every input,
// awkward ones included, the host functions give exactly what the Lua versions gave: the same
// values, the same nil, the same error messages (the position in front may differ: the host
// names the line of the rule that called the helper). The Lua versions are kept beside this
// test (tests/sandbox/reference/) as the reference.
#include <catch2/catch.hpp>

#include <lua.hpp>

#include <string>

#include "sandbox/money_api.h"
#include "support/paths.h"

namespace {

// Runs the comparison in a plain Lua state: the reference modules as Lua, the host's as C.
constexpr const char* kCompare = R"lua(
local ref_decimaal, ref_geld, host_decimaal, host_geld = ...

local function without_position(message)
  if type(message) ~= "string" then return message end
  return (message:gsub("^[^:]*:%d+: ", ""))
end

local function outcome(f, ...)
  local result = table.pack(pcall(f, ...))
  for i = 2, result.n do result[i] = without_position(result[i]) end
  return result
end

local function show(v)
  if type(v) == "string" then return string.format("%q", v) end
  return tostring(v) .. " (" .. (math.type(v) or type(v)) .. ")"
end

local function same(a, b)
  if a.n ~= b.n then return false end
  for i = 1, a.n do
    if a[i] ~= b[i] or math.type(a[i]) ~= math.type(b[i]) then return false end
  end
  return true
end

local mismatches, calls = {}, 0
local function compare(module, name, ...)
  local ref = module == "geld" and ref_geld or ref_decimaal
  local host = module == "geld" and host_geld or host_decimaal
  local expected, got = outcome(ref[name], ...), outcome(host[name], ...)
  calls = calls + 1
  if not same(expected, got) and #mismatches < 20 then
    local args = {}
    for i = 1, select("#", ...) do args[#args + 1] = show((select(i, ...))) end
    local e, g = {}, {}
    for i = 1, expected.n do e[#e + 1] = show(expected[i]) end
    for i = 1, got.n do g[#g + 1] = show(got[i]) end
    mismatches[#mismatches + 1] = module .. "." .. name .. "(" .. table.concat(args, ", ") .. "): lua "
      .. table.concat(e, ", ") .. " / host " .. table.concat(g, ", ")
  end
end

local integers = { 0, 1, -1, 5, 9, 10, 99, 100, 101, -99, -100, -101, 1234567, -1234567, 123456789,
  99999, 100000, 999999, 1000000, 1000000000000, 10^15 // 1, 10^17 // 1, -(10^17 // 1),
  math.maxinteger, math.mininteger, math.maxinteger - 1, math.mininteger + 1, 2^53 // 1 }
math.randomseed(20261203)
for _ = 1, 400 do
  local digits = math.random(1, 18)
  local n = math.random(0, 10 ^ digits // 1 - 1)
  integers[#integers + 1] = math.random(0, 1) == 0 and n or -n
end
local not_cents = { nil, 1.5, 5.0, "5", "1234.00", true, {}, -0.0, 1e300, 0/0 }
local texts = { "0", "7", "-7", "0.035", "250000.00", "-12.5", "12.", ".5", "-", "", " 1", "1 ",
  "1.234", "-0.00", "00.05", "1e3", "1,5", "+5", "0x10", "1.2.3", "123456789012345",
  "1234567890123456", "123456789012345.67", "999999999999999999", "9999999999999999999",
  "0.000000000000000001", "0.0000000000000000001", "12345678.1234567890", "1\0", "nan", "inf",
  "-999999999999999.99", "5.", "0.5", "0.05", "3.14159", "100", "-0", "٣" }
for _ = 1, 200 do
  local whole = tostring(math.random(0, 10 ^ math.random(1, 12) // 1))
  local frac = tostring(math.random(0, 999))
  texts[#texts + 1] = (math.random(0, 3) == 0 and "-" or "") .. whole .. (math.random(0, 2) == 0 and "" or "." .. frac)
end

for _, c in ipairs(integers) do
  compare("geld", "str", c)
  compare("geld", "fmt", c)
  for _, f in ipairs({ "0.035", "0.5", "1", "0.0001", "-0.25", "3" }) do compare("geld", "fraction_of", c, f) end
  for _, d in ipairs({ 1, -1, 3, 7, 100, -250000, 1234567, 0, math.maxinteger, math.mininteger }) do
    compare("geld", "ratio", c, d)
    compare("decimaal", "div_half_up", c, d)
  end
end
for i = 1, #not_cents + 1 do
  local bad = not_cents[i]
  compare("geld", "str", bad)
  compare("geld", "fmt", bad)
  compare("geld", "fraction_of", bad, "0.035")
  compare("geld", "ratio", bad, 100)
  compare("geld", "ratio", 100, bad)
  compare("decimaal", "div_half_up", bad, 3)
  compare("decimaal", "div_half_up", 3, bad)
  compare("geld", "parse", bad)
  compare("decimaal", "parse", bad)
  compare("decimaal", "percent", bad)
end
compare("geld", "str")
compare("geld", "parse")
compare("decimaal", "parse")
for _, s in ipairs(texts) do
  compare("geld", "parse", s)
  compare("decimaal", "parse", s)
  compare("decimaal", "nl", s)
  compare("decimaal", "percent", s)
  compare("geld", "fraction_of", 123456789, s)
  for _, t in ipairs({ "0.035", "-1", "7", "0.0350", "12345.678" }) do compare("decimaal", "compare", s, t) end
end
return calls, table.concat(mismatches, "\n")
)lua";

void load_reference(lua_State* L, const std::string& file) {
  std::string text = swv::test::read_text(swv::test::source_path("tests/sandbox/reference/" + file));
  REQUIRE(!text.empty());
  REQUIRE(luaL_loadbufferx(L, text.data(), text.size(), ("@" + file).c_str(), "t") == LUA_OK);
}

}  // namespace

TEST_CASE("money api: host.geld and host.decimaal give exactly what the Lua helpers gave, errors included") {
  lua_State* L = luaL_newstate();
  luaL_openlibs(L);
  load_reference(L, "decimaal_lua_reference.lua");
  REQUIRE(lua_pcall(L, 0, 1, 0) == LUA_OK);
  int ref_decimaal = lua_gettop(L);
  // The reference geld.lua requires lib.decimaal: give it the reference one.
  lua_pushvalue(L, ref_decimaal);
  lua_pushcclosure(L, [](lua_State* S) -> int {
    lua_pushvalue(S, lua_upvalueindex(1));
    return 1;
  }, 1);
  lua_setglobal(L, "require");
  load_reference(L, "geld_lua_reference.lua");
  REQUIRE(lua_pcall(L, 0, 1, 0) == LUA_OK);
  REQUIRE(luaL_loadstring(L, kCompare) == LUA_OK);
  lua_pushvalue(L, ref_decimaal);
  lua_pushvalue(L, -3);  // reference geld
  swv::push_decimal_library(L);
  swv::push_money_library(L);
  int status = lua_pcall(L, 4, 2, 0);
  INFO((status == LUA_OK ? "" : lua_tostring(L, -1)));
  REQUIRE(status == LUA_OK);
  CHECK(lua_tointeger(L, -2) > 10000);
  std::string mismatches = lua_tostring(L, -1);
  CHECK(mismatches == "");
  lua_close(L);
}
