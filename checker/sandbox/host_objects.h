// Plumbing shared by the read-only host objects rules see (doc, nodes, records, ctx).
#pragma once

#include <lua.hpp>

#include "sandbox/active_run.h"

namespace swv {

/// [-0, +1, e] Creates metatable `name` for a host object: writes raise "`what` is alleen-lezen"
/// and getmetatable returns false. The caller sets __index on the table left on the stack.
void new_host_metatable(lua_State* L, const char* name, const char* what);

/// [-1, +0, e] Pops the table of methods on top and creates metatable `name` (as
/// new_host_metatable) whose __index is that table: a method costs the VM a table lookup.
/// Names that are not a method go on to `fields`, called as __index(methods, name).
void new_host_metatable_with_methods(lua_State* L, const char* name, const char* what, lua_CFunction fields);

/// [-0, +0, -] The userdata at `index` when its metatable is the table at address `metatable`
/// (from lua_topointer), else nullptr: luaL_testudata without its registry lookup by name.
void* userdata_with_metatable(lua_State* L, int index, const void* metatable);

/// [-0, +0, e] The active run, or a Lua error naming `object` when no check() is running.
ActiveRun& running_check(lua_State* L, const char* object);

/// [-0, +0, e] Counts `bytes` the host keeps for the running call (findings, reads) against
/// the memory ceiling; past it the call is stopped as by the Lua allocator.
void charge_host_memory(lua_State* L, std::size_t bytes);

}  // namespace swv
