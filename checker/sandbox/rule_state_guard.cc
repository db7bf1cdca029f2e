#include "sandbox/rule_state_guard.h"

#include "sandbox/safe_stdlib.h"

namespace swv {
namespace {

struct Walk {
  lua_State* L;
  int env;      // the rule's environment: frozen already, not walked
  int visited;  // table: every function and table seen
  int record;   // array of (function, upvalue index, value) triples
  lua_Integer recorded = 0;

  // True the first time the value at `index` is seen.
  bool first_visit(int index) {
    lua_pushvalue(L, index);
    if (lua_rawget(L, visited) != LUA_TNIL) {
      lua_pop(L, 1);
      return false;
    }
    lua_pop(L, 1);
    lua_pushvalue(L, index);
    lua_pushboolean(L, 1);
    lua_rawset(L, visited);
    return true;
  }

  int depth = 0;

  void value(int index) {
    index = lua_absindex(L, index);
    int type = lua_type(L, index);
    if (type != LUA_TFUNCTION && type != LUA_TTABLE) return;
    if (++depth > 200) luaL_error(L, "tabellen en functies van de regel zijn te diep genest");
    if (type == LUA_TFUNCTION) function(index);
    else table(index);
    --depth;
  }

  void table(int index) {
    if (lua_rawequal(L, index, env) || !first_visit(index)) return;
    if (is_readonly(L, index)) {  // a read-only view: walk what it shows
      if (lua_getmetatable(L, index)) {
        lua_getfield(L, -1, "__index");
        value(-1);
        lua_pop(L, 2);
      }
      return;
    }
    luaL_checkstack(L, 4, "regel te diep genest");
    lua_pushnil(L);
    while (lua_next(L, index)) {
      value(-1);
      value(-2);
      lua_pop(L, 1);
    }
    if (lua_getmetatable(L, index)) {
      value(-1);
      lua_pop(L, 1);
    }
  }

  void function(int index) {
    if (lua_iscfunction(L, index) || !first_visit(index)) return;
    luaL_checkstack(L, 4, "regel te diep genest");
    for (int n = 1; lua_getupvalue(L, index, n) != nullptr; ++n) {
      if (lua_rawequal(L, -1, env)) {  // _ENV
        lua_pop(L, 1);
        continue;
      }
      // Closures of one scope share their upvalue cells (every function of a lib module
      // shares its `M`): each cell is walked, recorded and restored once.
      lua_pushlightuserdata(L, lua_upvalueid(L, index, n));
      bool seen = lua_rawget(L, visited) != LUA_TNIL;
      lua_pop(L, 1);
      if (seen) {
        lua_pop(L, 1);
        continue;
      }
      lua_pushlightuserdata(L, lua_upvalueid(L, index, n));
      lua_pushboolean(L, 1);
      lua_rawset(L, visited);
      if (lua_type(L, -1) == LUA_TTABLE) {
        value(-1);  // walk the original: its functions keep upvalues of their own
        make_readonly(L);
        lua_pushvalue(L, -1);
        lua_setupvalue(L, index, n);
      } else {
        value(-1);
      }
      // record: function, n, value
      lua_pushvalue(L, index);
      lua_rawseti(L, record, ++recorded);
      lua_pushinteger(L, n);
      lua_rawseti(L, record, ++recorded);
      lua_rawseti(L, record, ++recorded);  // pops the value
    }
  }
};

}  // namespace

int protect_rule_state(lua_State* L, int rule_index, int env_index) {
  rule_index = lua_absindex(L, rule_index);
  env_index = lua_absindex(L, env_index);
  lua_newtable(L);
  lua_newtable(L);
  Walk walk{L, env_index, lua_absindex(L, -2), lua_absindex(L, -1)};
  walk.table(rule_index);
  lua_pushinteger(L, walk.recorded);
  lua_setfield(L, walk.record, "n");
  int ref = walk.recorded == 0 ? LUA_NOREF : luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, walk.recorded == 0 ? 2 : 1);
  return ref;
}

void restore_rule_state(lua_State* L, int record) {
  if (record == LUA_NOREF) return;
  lua_rawgeti(L, LUA_REGISTRYINDEX, record);
  int table = lua_gettop(L);
  lua_getfield(L, table, "n");
  lua_Integer n = lua_tointeger(L, -1);
  lua_pop(L, 1);
  for (lua_Integer i = 1; i + 2 <= n; i += 3) {
    lua_rawgeti(L, table, i);  // the function
    lua_rawgeti(L, table, i + 1);
    auto upvalue = static_cast<int>(lua_tointeger(L, -1));
    lua_pop(L, 1);
    lua_rawgeti(L, table, i + 2);
    lua_setupvalue(L, -2, upvalue);  // pops the value
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
}

}  // namespace swv
