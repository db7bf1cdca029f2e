// Turns a bare Lua state into the sandbox rules run in: the safe parts of the standard
// library, per-rule global tables, read-only module tables and capped C functions.
#pragma once

#include <lua.hpp>

namespace swv {

/// Opens base, string, table, math and utf8 (no io, os, debug, package, coroutine), removes
/// what a rule must not reach, and installs the helpers below. Call once, under a protected call.
void install_sandbox(lua_State* L);

/// [-0, +1, e] Pushes a fresh global table for one rule or module: the safe globals, its own
/// copies of the library tables, and the host's `require`.
void push_new_environment(lua_State* L);

/// [-0, +0, e] Makes the environment at `index` read-only: a rule keeps no state between
/// documents and cannot change what another rule sees.
void freeze_environment(lua_State* L, int index);

/// [-1, +1, e] Replaces the table on top by a read-only view of it (nested tables too).
void make_readonly(lua_State* L);

/// [-0, +0, e] True when the value at `index` is a read-only view made by make_readonly.
bool is_readonly(lua_State* L, int index);

}  // namespace swv
