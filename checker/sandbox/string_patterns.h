// string.find, string.match, string.gmatch and string.gsub with Lua 5.4's pattern semantics,
// bounded: C code is invisible to the instruction hook, and Lua's own matcher backtracks
// without limit (`("a?"):rep(40) .. ("a"):rep(40)` on 40 bytes runs for hours). This matcher
// charges every step to the running call's instruction budget and stops at its deadline, and
// literal searches (`plain`, or a pattern without special characters) use glibc's memmem,
// which is linear in the subject, so they need no bound at all.
#pragma once

#include <lua.hpp>

namespace swv {

/// [-0, +0, e] Replaces find, match, gmatch and gsub in the string table at `index`.
void install_bounded_patterns(lua_State* L, int index);

}  // namespace swv
