// string.format's fast path (sandbox/string_format.h) against Lua's own string.format: every
// case is run in a state with each, and the results and error messages must be the same.
#include <catch2/catch.hpp>

#include <memory>
#include <string>

#include <lua.hpp>

#include "sandbox/string_format.h"

using namespace swv;

namespace {

using StatePtr = std::unique_ptr<lua_State, decltype(&lua_close)>;

StatePtr new_state(bool fast) {
  StatePtr state(luaL_newstate(), &lua_close);
  luaL_openlibs(state.get());
  if (fast) {
    lua_getglobal(state.get(), "string");
    install_fast_format(state.get(), -1);
    lua_pop(state.get(), 1);
  }
  return state;
}

// "ok:" and the result, or "error:" and the message, of `return <expression>`.
std::string outcome(lua_State* L, const std::string& expression) {
  std::string chunk = "return " + expression;
  if (luaL_loadbuffer(L, chunk.data(), chunk.size(), "=case") != LUA_OK) return "load error";
  int status = lua_pcall(L, 0, 1, 0);
  std::size_t size = 0;
  const char* text = lua_tolstring(L, -1, &size);
  std::string out = (status == LUA_OK ? "ok:" : "error:") + (text ? std::string(text, size) : "(geen tekst)");
  lua_pop(L, 1);
  return out;
}

}  // namespace

TEST_CASE("string.format: the fast path writes what Lua's own writes, and its errors are Lua's") {
  auto lua = new_state(false);
  auto fast = new_state(true);
  const char* cases[] = {
      // the fast path: %s of strings and integers, %d of integers, %%
      R"(string.format("Som %s (CO-1) klopt: totaal %s, verschil %s.", "baten", "€ 1.234,56", ""))",
      R"(("%d onafhankelijke leden en %s%%"):format(3, 7))",
      R"(string.format("%s|%d|%s|%d", math.maxinteger, math.mininteger, -1, 0))",
      R"(string.format("een\0nul %s en %s", "a\0b", "é"))",
      R"(string.format("zonder conversie"))",
      R"(string.format(""))",
      R"(string.format("%%%%"))",
      R"(string.format("%s", ("x"):rep(5000)))",
      R"(string.format("%s%s", "", ""))",
      R"(string.format("%d", 12, "te veel"))",
      // everything else goes to Lua's own: results
      R"(string.format("%5s|%-3d|%.2f|%03d|%x|%q", "a", 4, 1.005, 7, 255, "r\n"))",
      R"(string.format("%d", 3.0))",
      R"(string.format("%d", "12"))",
      R"(string.format("%s en %s", 1.5, 2^63))",
      R"(string.format("%s %s %s", true, nil, setmetatable({}, { __tostring = function() return "T" end })))",
      R"(string.format(12))",
      R"(string.format("%i", 5))",
      // and errors
      R"(string.format("%d", 3.5))",
      R"(string.format("%d", "x"))",
      R"(("%d"):format("x"))",
      R"(string.format("%s %s", "een"))",
      R"(string.format("%d"))",
      R"(string.format("100%"))",
      R"(string.format("%z", 1))",
      R"(string.format(nil))",
      R"(string.format({}))",
      R"(string.format("%s", {}) == string.format("%s", {}))",
  };
  for (const char* expression : cases) {
    INFO(expression);
    CHECK(outcome(fast.get(), expression) == outcome(lua.get(), expression));
  }
  // The fast path really runs for the plain cases: it is a closure, not Lua's function.
  lua_getglobal(fast.get(), "string");
  lua_getfield(fast.get(), -1, "format");
  CHECK(lua_getupvalue(fast.get(), -1, 1) != nullptr);
}
