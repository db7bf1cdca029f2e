// No state between units: a rule's check function must give the same outcome for a unit
// whatever ran before it in the same Lua state (the order of documents and --jobs decide
// that). Globals are frozen after load (safe_stdlib.h). What remains are the upvalues of the
// rule's functions (locals of the rule file and of lib modules): tables in them become
// read-only at load, so writing to one is an error (`fout`); every other upvalue (a counter,
// a function) is put back as it was at load after every call.
#pragma once

#include <lua.hpp>

namespace swv {

/// [-0, +0, e] Walks the functions reachable from the rule table at `rule_index` (its fields,
/// their upvalues and tables, lib modules too) except through the rule's environment at
/// `env_index`, makes the tables in upvalues read-only and records every upvalue. Returns a
/// registry reference to the record (LUA_NOREF when there is nothing to restore).
int protect_rule_state(lua_State* L, int rule_index, int env_index);

/// [-0, +0, -] Puts every upvalue recorded by protect_rule_state back as it was at load.
void restore_rule_state(lua_State* L, int record);

}  // namespace swv
