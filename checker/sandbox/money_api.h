// `host.geld` and `host.decimaal`: the money and decimal helpers every rule calls (formatting
// amounts and percentages for messages, exact ratios), in C++. They return exactly what the Lua
// versions in rules/lib/geld.lua and rules/lib/decimaal.lua returned, errors included; those
// modules now hand these functions on, so rule authors keep calling geld.fmt and friends.
// Lua integer arithmetic wraps around; so does this code, so even absurd inputs agree.
#pragma once

#include <lua.hpp>

namespace swv {

/// [-0, +1, e] Pushes the table of money functions: parse, str, fmt, fraction_of, ratio.
void push_money_library(lua_State* L);
/// [-0, +1, e] Pushes the table of exact-decimal functions: parse, div_half_up, compare, nl,
/// percent.
void push_decimal_library(lua_State* L);

}  // namespace swv
