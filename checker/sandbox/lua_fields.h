// Small readers for fields of a Lua table on the stack, for metadata and outcome tables.
#pragma once

#include <lua.hpp>

#include <optional>
#include <string>
#include <vector>

namespace swv {

// All of them read raw (no metamethods): the host reads rule tables after the rule's budget
// has ended, where an __index of the rule's would run without limits.

/// [-0, +1, -] Pushes t[name] and returns its type.
int raw_field(lua_State* L, int table, const char* name);
/// [-0, +0, -] The string at t[name], nullopt when absent or not a string.
std::optional<std::string> string_field(lua_State* L, int table, const char* name);
/// [-0, +0, -] The strings of the list t[name]; nullopt when absent, not a list or holding non-strings.
std::optional<std::vector<std::string>> string_list_field(lua_State* L, int table, const char* name);
/// [-0, +0, -] Lua type of t[name] (LUA_TNIL when absent).
int field_type(lua_State* L, int table, const char* name);

}  // namespace swv
