#include "sandbox/lua_fields.h"

namespace swv {

int raw_field(lua_State* L, int table, const char* name) {
  table = lua_absindex(L, table);
  lua_pushstring(L, name);
  return lua_rawget(L, table);
}

int field_type(lua_State* L, int table, const char* name) {
  int type = raw_field(L, table, name);
  lua_pop(L, 1);
  return type;
}

std::optional<std::string> string_field(lua_State* L, int table, const char* name) {
  std::optional<std::string> result;
  if (raw_field(L, table, name) == LUA_TSTRING) result = lua_tostring(L, -1);
  lua_pop(L, 1);
  return result;
}

std::optional<std::vector<std::string>> string_list_field(lua_State* L, int table, const char* name) {
  if (raw_field(L, table, name) != LUA_TTABLE) {
    lua_pop(L, 1);
    return std::nullopt;
  }
  std::vector<std::string> items;
  bool ok = true;
  for (lua_Integer i = 1;; ++i) {
    int type = lua_rawgeti(L, -1, i);
    if (type == LUA_TNIL) {
      lua_pop(L, 1);
      break;
    }
    if (type == LUA_TSTRING) items.emplace_back(lua_tostring(L, -1));
    else ok = false;
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  if (!ok) return std::nullopt;
  return items;
}

}  // namespace swv
