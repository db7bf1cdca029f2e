#include "sandbox/safe_stdlib.h"

#include <string_view>

#include "sandbox/dates_api.h"
#include "sandbox/module_loader.h"
#include "sandbox/string_format.h"
#include "sandbox/string_patterns.h"

namespace swv {
namespace {

// Registry key of the table of sandbox helpers the prelude returns.
constexpr const char* kHelpersKey = "swvcheck.sandbox";
constexpr const char* kDatesKey = "swvcheck.dates";

// Host-generic sandbox policy, written in Lua because it is mostly table plumbing. It runs
// once with the full standard library and keeps the originals it needs as upvalues.
constexpr std::string_view kPrelude = R"lua(
local next, type, error, pairs, select = next, type, error, pairs, select
local rawget, rawset, raw_setmetatable = rawget, rawset, setmetatable
local string, table, math, utf8 = string, table, math, utf8

-- C functions are invisible to the instruction hook: cap the ones whose running time does
-- not follow from memory use.
local MAX_MOVE = 1000000
local table_move = table.move
table.move = function(a1, f, e, t, a2)
  local first, last = tonumber(f), tonumber(e)  -- table.move takes "1" and "3e8" too
  if first and last and last - first >= MAX_MOVE then
    error("table.move: bereik te groot (meer dan " .. MAX_MOVE .. " elementen)", 2)
  end
  return table_move(a1, f, e, t, a2)
end
-- rep loops n times even when the result is empty (no memory is used to stop it).
local MAX_REP = 10000000
local string_rep = string.rep
string.rep = function(s, n, sep)
  local count = tonumber(n)
  if count and count > MAX_REP then
    error("string.rep: te veel herhalingen (meer dan " .. MAX_REP .. ")", 2)
  end
  return string_rep(s, n, sep)
end

-- find, match, gmatch and gsub are the host's bounded versions (string_patterns.h).
string.dump = nil
-- Lock the string metatable: no rule may change the methods every string shares.
local string_meta = getmetatable("")
string_meta.__metatable = false

local function readonly_error() error("deze tabel is alleen-lezen", 2) end

-- Every read-only proxy made, so that a proxy is never wrapped again (a proxy of a proxy
-- would iterate as empty).
local PROXIES = raw_setmetatable({}, { __mode = "k" })
local function is_readonly(t) return PROXIES[t] == true end

local function readonly(t, seen)
  if PROXIES[t] then return t end
  seen = seen or {}
  if seen[t] then return seen[t] end
  local proxy = {}
  seen[t] = proxy
  PROXIES[proxy] = true
  for k, v in next, t do
    if type(v) == "table" then rawset(t, k, readonly(v, seen)) end
  end
  raw_setmetatable(proxy, {
    __index = t,
    __newindex = readonly_error,
    __len = function() return #t end,
    __pairs = function() return next, t, nil end,
    __metatable = false,
  })
  return proxy
end

-- setmetatable without __gc: finalizers run with hooks off and could hang the host.
local function safe_setmetatable(t, mt)
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("setmetatable: __gc is niet toegestaan in regels", 2)
  end
  return raw_setmetatable(t, mt)
end

-- xpcall without running the handler inside the error machinery: there (e.g. when the
-- budget hook raised the error) hooks are off and a looping handler would never stop.
local pcall = pcall
local function xpcall_result(handler, ok, ...)
  if ok then return ok, ... end
  local _, result = pcall(handler, (...))
  return false, result
end
local function safe_xpcall(f, handler, ...)
  if type(handler) ~= "function" then
    error("bad argument #2 to 'xpcall' (function expected, got " .. type(handler) .. ")", 2)
  end
  return xpcall_result(handler, pcall(f, ...))
end

local function copy(t)
  local c = {}
  for k, v in next, t do c[k] = v end
  return c
end

local SAFE_GLOBALS = {
  "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall", "select",
  "tonumber", "tostring", "type", "_VERSION",
}

local function new_env(require, dates)
  local env = {}
  for _, name in ipairs(SAFE_GLOBALS) do env[name] = _G[name] end
  env.setmetatable = safe_setmetatable
  env.xpcall = safe_xpcall
  env.string = copy(string)
  env.table = copy(table)
  env.utf8 = copy(utf8)
  env.math = copy(math)
  env.math.random, env.math.randomseed = nil, nil  -- results must be reproducible
  env.require = require
  env.dates = copy(dates)
  env._G = env
  return env
end

-- After the rule file has run: its globals can no longer be set, and the tables among them
-- (its copies of string, table, ..., and tables it made) can no longer be changed, so no
-- state is carried from one unit to the next.
local function freeze_env(env)
  local backing = {}
  for k, v in next, env do
    if type(v) == "table" and v ~= env then v = readonly(v) end
    backing[k] = v
  end
  for k in next, backing do rawset(env, k, nil) end
  backing._G = env
  raw_setmetatable(env, {
    __index = backing,
    __newindex = function(_, name)
      error("globale variabele '" .. tostring(name) .. "' kan na het laden niet meer worden gezet; gebruik local", 2)
    end,
    __metatable = false,
  })
end

return { new_env = new_env, freeze_env = freeze_env, readonly = readonly, is_readonly = is_readonly }
)lua";

void call_helper(lua_State* L, const char* name, int nargs, int nresults) {
  lua_getfield(L, LUA_REGISTRYINDEX, kHelpersKey);
  lua_getfield(L, -1, name);
  lua_remove(L, -2);
  lua_insert(L, -1 - nargs);
  lua_call(L, nargs, nresults);
}

}  // namespace

void install_sandbox(lua_State* L) {
  luaL_requiref(L, LUA_GNAME, luaopen_base, 1);
  luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);
  luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);
  luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);
  luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);
  lua_pop(L, 5);
  lua_getglobal(L, LUA_STRLIBNAME);
  install_bounded_patterns(L, -1);
  install_fast_format(L, -1);
  lua_pop(L, 1);
  if (luaL_loadbufferx(L, kPrelude.data(), kPrelude.size(), "=sandbox", "t") != LUA_OK) lua_error(L);
  lua_call(L, 0, 1);
  lua_setfield(L, LUA_REGISTRYINDEX, kHelpersKey);
  push_dates_library(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kDatesKey);
  // Nothing reaches _G any more but the prelude's upvalues; empty the dangerous parts anyway.
  for (const char* name : {"dofile", "loadfile", "load", "collectgarbage", "print", "require"}) {
    lua_pushnil(L);
    lua_setglobal(L, name);
  }
}

void push_new_environment(lua_State* L) {
  push_require_function(L);
  lua_getfield(L, LUA_REGISTRYINDEX, kDatesKey);
  call_helper(L, "new_env", 2, 1);
}

void freeze_environment(lua_State* L, int index) {
  lua_pushvalue(L, index);
  call_helper(L, "freeze_env", 1, 0);
}

void make_readonly(lua_State* L) { call_helper(L, "readonly", 1, 1); }

bool is_readonly(lua_State* L, int index) {
  lua_pushvalue(L, index);
  call_helper(L, "is_readonly", 1, 1);
  bool result = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return result;
}

}  // namespace swv
