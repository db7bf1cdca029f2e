#include "sandbox/module_loader.h"

#include <filesystem>

#include "documents/read_file.h"
#include "sandbox/money_api.h"
#include "sandbox/safe_stdlib.h"

namespace swv {
namespace {

constexpr const char* kFoldersKey = "swvcheck.rule_folders";
constexpr const char* kModulesKey = "swvcheck.modules";
constexpr const char* kHostModulesKey = "swvcheck.host_modules";

// "lib.geld", "lib.sub.naam": lower-case words, so a name can never leave the rules folder.
bool is_valid_module_name(const std::string& name) {
  if (name.rfind("lib.", 0) != 0) return false;
  bool word_start = true;
  for (std::size_t i = 4; i < name.size(); ++i) {
    char c = name[i];
    if (c == '.') {
      if (word_start) return false;
      word_start = true;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
      word_start = false;
    } else {
      return false;
    }
  }
  return !word_start;
}

// [-0, +1, e]
int require_module(lua_State* L) {
  std::string name = luaL_checkstring(L, 1);
  if (name.rfind("host.", 0) == 0) {  // helpers written in C++ (money_api.h), read-only
    lua_getfield(L, LUA_REGISTRYINDEX, kHostModulesKey);
    if (lua_getfield(L, -1, name.c_str()) == LUA_TNIL)
      return luaL_error(L, "require: '%s' bestaat niet (de host kent host.geld en host.decimaal)", name.c_str());
    return 1;
  }
  if (!is_valid_module_name(name))
    return luaL_error(L, "require: '%s' is geen module uit de map lib (verwacht bijv. \"lib.geld\")", name.c_str());
  lua_getfield(L, LUA_REGISTRYINDEX, kModulesKey);
  int modules = lua_gettop(L);
  lua_getfield(L, modules, name.c_str());
  if (lua_toboolean(L, -1)) {
    if (lua_type(L, -1) == LUA_TLIGHTUSERDATA) return luaL_error(L, "require: module '%s' laadt zichzelf (kringverwijzing)", name.c_str());
    return 1;
  }
  lua_pop(L, 1);

  std::string relative = name;
  for (auto& c : relative)
    if (c == '.') c = '/';
  relative += ".lua";
  std::string found;
  lua_getfield(L, LUA_REGISTRYINDEX, kFoldersKey);
  for (lua_Integer i = luaL_len(L, -1); i >= 1 && found.empty(); --i) {
    lua_geti(L, -1, i);
    std::string candidate = std::string(lua_tostring(L, -1)) + "/" + relative;
    lua_pop(L, 1);
    if (std::filesystem::is_regular_file(candidate)) found = candidate;
  }
  lua_pop(L, 1);
  if (found.empty()) return luaL_error(L, "require: module '%s' niet gevonden (%s)", name.c_str(), relative.c_str());

  lua_pushlightuserdata(L, L);  // marks "being loaded" to detect cycles
  lua_setfield(L, modules, name.c_str());
  load_text_file(L, found);
  int chunk = lua_gettop(L);
  push_new_environment(L);
  lua_pushvalue(L, -1);
  lua_setupvalue(L, chunk, 1);  // the chunk's _ENV
  lua_insert(L, chunk);         // stack: env, chunk
  if (lua_pcall(L, 0, 1, 0) != LUA_OK) {
    lua_pushnil(L);  // forget the "being loaded" mark, so the next require reports the real error
    lua_setfield(L, modules, name.c_str());
    return lua_error(L);
  }
  freeze_environment(L, chunk);
  lua_remove(L, chunk);
  if (lua_isnil(L, -1)) {
    lua_pop(L, 1);
    lua_pushboolean(L, 1);
  } else if (lua_istable(L, -1)) {
    make_readonly(L);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, modules, name.c_str());
  return 1;
}

}  // namespace

void load_text_file(lua_State* L, const std::string& path) {
  std::string text;
  if (!read_file(path, &text)) luaL_error(L, "kan %s niet lezen", path.c_str());
  std::string chunkname = "@" + path;
  if (luaL_loadbufferx(L, text.data(), text.size(), chunkname.c_str(), "t") != LUA_OK) lua_error(L);
}

void set_module_folders(lua_State* L, const std::vector<std::string>& folders) {
  lua_createtable(L, static_cast<int>(folders.size()), 0);
  for (std::size_t i = 0; i < folders.size(); ++i) {
    lua_pushstring(L, folders[i].c_str());
    lua_rawseti(L, -2, static_cast<lua_Integer>(i + 1));
  }
  lua_setfield(L, LUA_REGISTRYINDEX, kFoldersKey);
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, kModulesKey);
  lua_newtable(L);
  push_money_library(L);
  make_readonly(L);
  lua_setfield(L, -2, "host.geld");
  push_decimal_library(L);
  make_readonly(L);
  lua_setfield(L, -2, "host.decimaal");
  lua_setfield(L, LUA_REGISTRYINDEX, kHostModulesKey);
}

void push_require_function(lua_State* L) { lua_pushcfunction(L, require_module); }

}  // namespace swv
