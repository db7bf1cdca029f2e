// The sandbox's `require`: loads rules/lib modules as text from the rules folders only.
#pragma once

#include <lua.hpp>

#include <string>
#include <vector>

#include "documents/read_file.h"  // read_file, for the callers that read rule files

namespace swv {

/// [-0, +0, e] Sets the rules folders `require` searches, shipped first, overlays after:
/// the last folder that has the module wins.
void set_module_folders(lua_State* L, const std::vector<std::string>& folders);

/// [-0, +1, -] Pushes the `require` function rules see.
void push_require_function(lua_State* L);

/// [-0, +1, e] Loads `path` as a text chunk (never bytecode) named after the file; on a
/// syntax or read error raises a Lua error naming file and line.
void load_text_file(lua_State* L, const std::string& path);

}  // namespace swv
