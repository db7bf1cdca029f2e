#include "sandbox/host_objects.h"

#include "sandbox/lua_state.h"

namespace swv {
namespace {

// [-0, +0, e] __newindex of every host object; the upvalue says which object it is.
int refuse_write(lua_State* L) { return luaL_error(L, "%s is alleen-lezen", lua_tostring(L, lua_upvalueindex(1))); }

}  // namespace

void new_host_metatable(lua_State* L, const char* name, const char* what) {
  luaL_newmetatable(L, name);
  lua_pushstring(L, what);
  lua_pushcclosure(L, refuse_write, 1);
  lua_setfield(L, -2, "__newindex");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
}

void new_host_metatable_with_methods(lua_State* L, const char* name, const char* what, lua_CFunction fields) {
  lua_newtable(L);  // the methods' own metatable: behind them, the fields
  lua_pushcfunction(L, fields);
  lua_setfield(L, -2, "__index");
  lua_pushboolean(L, 0);
  lua_setfield(L, -2, "__metatable");
  lua_setmetatable(L, -2);
  new_host_metatable(L, name, what);
  lua_insert(L, -2);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
}

void* userdata_with_metatable(lua_State* L, int index, const void* metatable) {
  void* object = lua_touserdata(L, index);
  if (object == nullptr || !lua_getmetatable(L, index)) return nullptr;
  bool same = lua_topointer(L, -1) == metatable;
  lua_pop(L, 1);
  return same ? object : nullptr;
}

ActiveRun& running_check(lua_State* L, const char* object) {
  auto* run = active_run(L);
  if (run == nullptr || run->unit == nullptr) luaL_error(L, "%s is alleen bruikbaar tijdens check()", object);
  return *run;
}

void charge_host_memory(lua_State* L, std::size_t bytes) {
  LuaState* state = LuaState::from(L);
  if (bytes > 0 && !state->reserve_host(bytes)) state->stop_with(StopReason::memory);
}

}  // namespace swv
