// string.format with a fast path for what rules write in their messages: "%s" of a string or
// an integer, "%d" of an integer, and "%%". Lua's own str_format adds the format to its buffer
// one character at a time and converts every argument through luaL_tolstring; a Dutch message
// of a few hundred characters cost about 2,900 instructions. Anything else (a width, a
// precision, another conversion, an argument of another type, a missing one) goes whole to
// Lua's own function, called directly from this one, so results and error messages are
// Lua's, byte for byte.
#pragma once

#include <lua.hpp>

namespace swv {

/// [-0, +0, e] Replaces format in the string table at `index` (keeping the original behind it).
void install_fast_format(lua_State* L, int index);

}  // namespace swv
