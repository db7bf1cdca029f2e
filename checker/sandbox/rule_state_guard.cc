#include "sandbox/rule_state_guard.h"

#include <cstddef>
#include <cstring>
#include <vector>

#include "sandbox/safe_stdlib.h"

namespace swv {
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

struct Walk {
  lua_State* L;
  int env;      // the rule's environment: frozen already, not walked
  int visited;  // table: every function and table seen
  int record;   // the record (above); [1], the plan, is put in when the walk is done
  lua_Integer slot = 1;                 // the record's last slot filled
  lua_Integer last_function_slot = 0;   // where the last recorded function is; 0: none yet
  std::vector<RestoreStep> steps{};

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
      // record: the function, unless the step before was one of its upvalues too; the value
      bool new_function = true;
      if (last_function_slot > 0) {
        lua_rawgeti(L, record, last_function_slot);
        new_function = !lua_rawequal(L, -1, index);
        lua_pop(L, 1);
      }
      if (new_function) {
        lua_pushvalue(L, index);
        last_function_slot = ++slot;
        lua_rawseti(L, record, last_function_slot);
      }
      lua_rawseti(L, record, ++slot);  // pops the value
      steps.push_back({n, new_function ? 1 : 0});
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
  lua_pushboolean(L, 0);  // holds [1] for the plan, so the record fills its array part in order
  lua_rawseti(L, walk.record, 1);
  walk.table(rule_index);
  if (walk.steps.empty()) {
    lua_pop(L, 2);
    return LUA_NOREF;
  }
  auto steps = static_cast<lua_Integer>(walk.steps.size());
  void* plan = lua_newuserdatauv(L, kStepsOffset + sizeof(RestoreStep) * walk.steps.size(), 0);
  std::memcpy(plan, &steps, sizeof steps);
  std::memcpy(steps_of(plan), walk.steps.data(), sizeof(RestoreStep) * walk.steps.size());
  lua_rawseti(L, walk.record, 1);
  int ref = luaL_ref(L, LUA_REGISTRYINDEX);  // the record
  lua_pop(L, 1);                              // the visited table
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
