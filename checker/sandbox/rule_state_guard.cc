#include "sandbox/rule_state_guard.h"

#include <cstddef>
#include <cstring>

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

namespace {

// One upvalue to put back: its number, and whether its function differs from the previous
// step's (then the record holds the function before the value).
struct RestoreStep {
  int upvalue;
  int new_function;
};

// The record of protect_rule_state: [1] a userdata with the number of steps and the steps,
// then per step its function (when new) and its value. Consecutive upvalues of one function,
// the usual case, push the function once.
constexpr std::size_t kStepsOffset = sizeof(lua_Integer);
RestoreStep* steps_of(void* plan) { return reinterpret_cast<RestoreStep*>(static_cast<char*>(plan) + kStepsOffset); }

// [-0, +0, e] Turns the walk's (function, upvalue, value) triples at `triples` into the record
// described above, left on the stack.
void build_record(lua_State* L, int triples, lua_Integer count) {
  lua_Integer steps = count / 3;
  lua_newtable(L);
  int record = lua_gettop(L);
  void* plan = lua_newuserdatauv(L, kStepsOffset + sizeof(RestoreStep) * static_cast<std::size_t>(steps), 0);
  std::memcpy(plan, &steps, sizeof steps);
  RestoreStep* step = steps_of(plan);
  lua_rawseti(L, record, 1);
  lua_Integer slot = 1;
  for (lua_Integer i = 0; i < steps; ++i) {
    lua_rawgeti(L, triples, 3 * i + 1);  // the function
    bool new_function = true;
    if (i > 0) {
      lua_rawgeti(L, triples, 3 * i - 2);  // the previous step's function
      new_function = !lua_rawequal(L, -1, -2);
      lua_pop(L, 1);
    }
    if (new_function) lua_rawseti(L, record, ++slot);
    else lua_pop(L, 1);
    lua_rawgeti(L, triples, 3 * i + 2);
    step[i] = {static_cast<int>(lua_tointeger(L, -1)), new_function ? 1 : 0};
    lua_pop(L, 1);
    lua_rawgeti(L, triples, 3 * i + 3);
    lua_rawseti(L, record, ++slot);
  }
}

}  // namespace

int protect_rule_state(lua_State* L, int rule_index, int env_index) {
  rule_index = lua_absindex(L, rule_index);
  env_index = lua_absindex(L, env_index);
  lua_newtable(L);
  lua_newtable(L);
  Walk walk{L, env_index, lua_absindex(L, -2), lua_absindex(L, -1)};
  walk.table(rule_index);
  if (walk.recorded == 0) {
    lua_pop(L, 2);
    return LUA_NOREF;
  }
  build_record(L, walk.record, walk.recorded);
  int ref = luaL_ref(L, LUA_REGISTRYINDEX);
  lua_pop(L, 2);
  return ref;
}

void restore_rule_state(lua_State* L, int record) {
  if (record == LUA_NOREF) return;
  lua_rawgeti(L, LUA_REGISTRYINDEX, record);
  int table = lua_gettop(L);
  lua_rawgeti(L, table, 1);
  void* plan = lua_touserdata(L, -1);
  lua_pop(L, 1);  // the record anchors the plan
  lua_Integer steps = 0;
  std::memcpy(&steps, plan, sizeof steps);
  const RestoreStep* step_list = steps_of(plan);
  lua_Integer slot = 1;
  bool function_pushed = false;
  for (lua_Integer i = 0; i < steps; ++i) {
    const RestoreStep& step = step_list[i];
    if (step.new_function) {
      if (function_pushed) lua_pop(L, 1);
      lua_rawgeti(L, table, ++slot);
      function_pushed = true;
    }
    lua_rawgeti(L, table, ++slot);
    lua_setupvalue(L, -2, step.upvalue);  // pops the value
  }
  lua_settop(L, table - 1);
}

}  // namespace swv
