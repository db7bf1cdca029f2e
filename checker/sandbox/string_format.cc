#include "sandbox/string_format.h"

#include <charconv>
#include <cstring>

namespace swv {
namespace {

// The longest integer "%d" writes: "-9223372036854775808".
constexpr std::size_t kMaxIntegerChars = 20;

// The size of the result when every conversion of the format at [format, end) is one the fast
// path writes exactly as Lua would; 0 with *handled false when it is not (or when an argument
// is missing or of another type).
std::size_t fast_size(lua_State* L, const char* format, const char* end, bool* handled) {
  *handled = false;
  std::size_t size = 0;
  int top = lua_gettop(L);
  int arg = 1;
  for (const char* p = format; p < end;) {
    const auto* percent = static_cast<const char*>(std::memchr(p, '%', static_cast<std::size_t>(end - p)));
    if (percent == nullptr) {
      size += static_cast<std::size_t>(end - p);
      break;
    }
    size += static_cast<std::size_t>(percent - p);
    if (percent + 1 == end) return 0;  // a lone '%' at the end: Lua's error
    char conversion = percent[1];
    if (conversion == '%') {
      size += 1;
    } else {
      if (++arg > top) return 0;  // "no value": Lua's error
      if (conversion == 'd' && lua_isinteger(L, arg)) {
        size += kMaxIntegerChars;
      } else if (conversion == 's' && lua_isinteger(L, arg)) {
        size += kMaxIntegerChars;
      } else if (conversion == 's' && lua_type(L, arg) == LUA_TSTRING) {
        std::size_t length = 0;
        lua_tolstring(L, arg, &length);
        size += length;
      } else {
        return 0;
      }
    }
    p = percent + 2;
  }
  *handled = true;
  return size;
}

char* put_integer(char* out, lua_Integer value) {
  // As LUA_INTEGER_FMT ("%lld") writes it.
  return std::to_chars(out, out + kMaxIntegerChars, static_cast<long long>(value)).ptr;
}

// [-0, +1, e] string.format(format, ...).
int format(lua_State* L) {
  auto original = lua_tocfunction(L, lua_upvalueindex(1));
  if (lua_type(L, 1) != LUA_TSTRING) return original(L);
  std::size_t format_size = 0;
  const char* format = lua_tolstring(L, 1, &format_size);
  const char* end = format + format_size;
  bool handled = false;
  std::size_t size = fast_size(L, format, end, &handled);
  if (!handled) return original(L);  // the same call frame: Lua's errors name 'format' as before

  luaL_Buffer buffer;
  char* out = luaL_buffinitsize(L, &buffer, size);  // Lua's memory: counted against the ceiling
  char* start = out;
  int arg = 1;
  for (const char* p = format; p < end;) {
    const auto* percent = static_cast<const char*>(std::memchr(p, '%', static_cast<std::size_t>(end - p)));
    if (percent == nullptr) {
      std::memcpy(out, p, static_cast<std::size_t>(end - p));
      out += end - p;
      break;
    }
    std::memcpy(out, p, static_cast<std::size_t>(percent - p));
    out += percent - p;
    if (percent[1] == '%') {
      *out++ = '%';
    } else if (lua_isinteger(L, ++arg)) {
      out = put_integer(out, lua_tointeger(L, arg));
    } else {
      std::size_t length = 0;
      const char* text = lua_tolstring(L, arg, &length);
      std::memcpy(out, text, length);
      out += length;
    }
    p = percent + 2;
  }
  luaL_pushresultsize(&buffer, static_cast<std::size_t>(out - start));
  return 1;
}

}  // namespace

void install_fast_format(lua_State* L, int index) {
  index = lua_absindex(L, index);
  lua_getfield(L, index, "format");
  lua_pushcclosure(L, format, 1);
  lua_setfield(L, index, "format");
}

}  // namespace swv
