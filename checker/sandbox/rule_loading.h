// Steps shared by the catalog (which validates rule files) and the runner (which compiles
// them per worker): preparing a sandboxed state, loading a rule file, reading its metadata.
#pragma once

#include <lua.hpp>

#include <string>
#include <vector>

#include "sandbox/rule_catalog.h"

namespace swv {

/// [-0, +0, e] Installs the sandbox and points `require` at the rules folders.
void prepare_sandbox(lua_State* L, const std::vector<std::string>& folders);

/// [-0, +1, e] Pushes the compiled rules-folder file `path` with a fresh environment as its _ENV.
void push_rule_chunk(lua_State* L, const std::string& path);

/// [-0, +0, -] Reads and checks the metadata of the rule table at `index`. Returns "" when it is
/// complete, else "field: problem" in Dutch.
std::string read_rule_info(lua_State* L, int index, const std::string& file, RuleInfo* info);

/// Splits a Lua error message "path:LINE: text" (with traceback) into a load error for `file`.
RuleLoadError error_from_lua_message(const std::string& file, const std::string& message);

}  // namespace swv
