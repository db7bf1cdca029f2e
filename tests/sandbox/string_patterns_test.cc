// The bounded find, match, gmatch and gsub must give what Lua 5.4's own functions give, for
// every pattern feature, result and error: rules written against the Lua manual keep working.
#include <catch2/catch.hpp>

#include <string>

#include "sandbox/lua_state.h"
#include "sandbox/string_patterns.h"

using namespace swv;

namespace {

// Runs `script` in a state with the full standard library, where `lua` holds Lua's own four
// functions and `bounded` the host's; the script returns a list of differences.
std::string differences(const char* script) {
  LuaState state{SandboxLimits{}};
  std::string failure;
  std::string result;
  bool ok = state.protect(
      [&](lua_State* L) {
        luaL_openlibs(L);
        lua_getglobal(L, "string");
        lua_newtable(L);
        for (const char* name : {"find", "match", "gmatch", "gsub"}) {
          lua_getfield(L, -2, name);
          lua_setfield(L, -2, name);
        }
        lua_setglobal(L, "lua");
        lua_newtable(L);
        install_bounded_patterns(L, -1);
        lua_setglobal(L, "bounded");
        lua_pop(L, 1);
        if (luaL_loadstring(L, script) != LUA_OK) lua_error(L);
        lua_call(L, 0, 1);
        result = lua_tostring(L, -1);
        lua_pop(L, 1);
      },
      &failure);
  if (!ok) return "script failed: " + failure;
  return result;
}

// Compares lua.F and bounded.F over every case; a case is { subject, pattern, extra... }.
constexpr const char* kCompare = R"lua(
local function show(ok, ...)
  local out = { tostring(ok) }
  for i = 1, select("#", ...) do out[#out + 1] = type((select(i, ...))) .. ":" .. tostring((select(i, ...))) end
  local text = table.concat(out, " | ")
  return (text:gsub("0x%x+", "ADDR"))  -- function/table addresses differ
end
local function all_matches(impl, s, p, init)
  local out = {}
  for a, b, c in impl.gmatch(s, p, init) do out[#out + 1] = tostring(a) .. "," .. tostring(b) .. "," .. tostring(c) end
  return table.concat(out, ";")
end
local diffs = {}
local function compare(name, call)
  local expected = show(pcall(call, lua))
  local got = show(pcall(call, bounded))
  if expected ~= got then diffs[#diffs + 1] = name .. ": lua " .. expected .. " / bounded " .. got end
end
local subjects = { "", "a", "hello world", "  trim me  ", "2023-12-31", "key = value", "(a(b)c)d", "THE (quick) fox",
                   "aaa", "abcabc", "x\0y\0z", "één twee", "[]]%", "a.b-c+d*e?f", "f(a,b) g(c)" }
local patterns = { "", "a", "^a", "a$", "^$", "%a+", "%d+", "%s*(.-)%s*$", "^(%d+)%-(%d+)%-(%d+)$", "(%w+)%s*=%s*(%w+)",
                   "%b()", "%f[%w]%w+", "%f[%W]", "()a()", "(a)(b)?", "(a*(.)%w(%s*))", "%u+", "[%a_][%w_]*",
                   "[^%s]+", "[a-c]+", "[]]", "[^]]", "[%]]", "%.", "a-b", "a?b", ".-b", "(.)%1", "(h)(e)(l)%3",
                   "%x+", "%p", "%c", "%g+", "%l+", "%S+", "%W", "\0", "[\0-\1]", "x%zy", "$", "a$b", "^^", "%%",
                   "[a-]", "[-a]", "[%w-]+", "%f[%a]", "%f[^\0]", "f%((.-)%)", "(()", "%", "[a", "(%1)", "%b",
                   "(()))", "%f", "%fa", "((((((((((((((((((((((((((((((((((a))))))))))))))))))))))))))))))))))" }
for _, s in ipairs(subjects) do
  for _, p in ipairs(patterns) do
    local case = string.format("%q ~ %q", s, p)
    compare("find " .. case, function(impl) return impl.find(s, p) end)
    compare("find init " .. case, function(impl) return impl.find(s, p, 3) end)
    compare("find neg init " .. case, function(impl) return impl.find(s, p, -4) end)
    compare("find past end " .. case, function(impl) return impl.find(s, p, #s + 2) end)
    compare("find plain " .. case, function(impl) return impl.find(s, p, 1, true) end)
    compare("match " .. case, function(impl) return impl.match(s, p) end)
    compare("match init " .. case, function(impl) return impl.match(s, p, 2) end)
    compare("gmatch " .. case, function(impl) return all_matches(impl, s, p) end)
    compare("gmatch init " .. case, function(impl) return all_matches(impl, s, p, -3) end)
    compare("gsub " .. case, function(impl) return impl.gsub(s, p, "<%0>") end)
    compare("gsub n " .. case, function(impl) return impl.gsub(s, p, "[%1]", 2) end)
    compare("gsub table " .. case, function(impl) return impl.gsub(s, p, { a = "A", hello = false, ["2023"] = 7 }) end)
    compare("gsub function " .. case, function(impl)
      return impl.gsub(s, p, function(a, b) if a == "a" then return nil end return tostring(a) .. "/" .. tostring(b) end)
    end)
  end
end
compare("gsub number", function(impl) return impl.gsub("abc", "b", 42) end)
compare("gsub %%", function(impl) return impl.gsub("abc", "b", "%%") end)
compare("gsub bad escape", function(impl) return impl.gsub("abc", "b", "%x") end)
compare("gsub bad repl type", function(impl) return impl.gsub("abc", "b", true) end)
compare("gsub bad repl value", function(impl) return impl.gsub("abc", "b", function() return {} end) end)
compare("gsub position capture", function(impl) return impl.gsub("abc", "()b", "%1") end)
compare("find number subject", function(impl) return impl.find(12345, 3) end)
compare("match missing argument", function(impl) return impl.match("abc") end)
compare("gsub anchored", function(impl) return impl.gsub("aaa", "^a", "b") end)
compare("gmatch anchor is literal", function(impl) return all_matches(impl, "^a^a", "^a") end)
compare("gmatch empty matches", function(impl) return all_matches(impl, "abc", "%a*") end)
compare("too many captures", function(impl) return impl.match("a", ("()"):rep(40)) end)
return table.concat(diffs, "\n")
)lua";

}  // namespace

TEST_CASE("string patterns: the bounded functions give what Lua's own give, results and errors alike") {
  CHECK(differences(kCompare) == "");
}
