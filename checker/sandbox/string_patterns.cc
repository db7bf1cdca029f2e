#include "sandbox/string_patterns.h"

#include <cctype>
#include <cstddef>
#include <cstring>
#include <new>

#include "sandbox/lua_state.h"

namespace swv {
namespace {

constexpr char kEscape = '%';
constexpr const char* kSpecials = "^$*+?.([%-";
constexpr int kMaxCaptures = 32;     // as Lua's LUA_MAXCAPTURES
constexpr int kMaxDepth = 200;       // recursion of the matcher, as Lua's MAXCCALLS
constexpr std::ptrdiff_t kUnfinished = -1;
constexpr std::ptrdiff_t kPosition = -2;
// Steps are charged to the budget in batches: a charge is an atomic load and a few stores.
constexpr std::int64_t kChargeEvery = 4096;

unsigned char byte(const char* p) { return static_cast<unsigned char>(*p); }

// One match attempt's state. Lua strings end in a '\0' one past their length, so, as in
// Lua's own matcher, reading *end of a subject or pattern is safe and gives '\0'.
struct Matcher {
  lua_State* L;
  LuaState* budget;
  const char* src_init;
  const char* src_end;
  const char* p_end;
  int depth = kMaxDepth;
  int level = 0;
  std::int64_t steps = 0;
  struct {
    const char* init;
    std::ptrdiff_t len;
  } capture[kMaxCaptures];

  void reset() {
    level = 0;
    depth = kMaxDepth;
  }

  // Counts `n` steps of work; past the budget or the deadline the call is stopped.
  void step(std::int64_t n = 1) {
    steps += n;
    if (steps < kChargeEvery) return;
    flush();
  }
  void flush() {
    std::int64_t spent = steps;
    steps = 0;
    if (!budget->charge(spent)) budget->stop_error();
  }

  int check_capture(int l) {
    l -= '1';
    if (l < 0 || l >= level || capture[l].len == kUnfinished)
      return luaL_error(L, "invalid capture index %%%d", l + 1);
    return l;
  }

  int capture_to_close() {
    for (int l = level - 1; l >= 0; --l)
      if (capture[l].len == kUnfinished) return l;
    return luaL_error(L, "invalid pattern capture");
  }

  const char* class_end(const char* p) {
    char c = *p++;
    if (c == kEscape) {
      if (p == p_end) luaL_error(L, "malformed pattern (ends with '%%')");
      return p + 1;
    }
    if (c == '[') {
      if (*p == '^') ++p;
      do {  // the first character of a set is never its end: "[]]" is a set of ']'
        if (p == p_end) luaL_error(L, "malformed pattern (missing ']')");
        if (*(p++) == kEscape && p < p_end) ++p;
      } while (*p != ']');
      return p + 1;
    }
    return p;
  }

  static bool match_class(int c, int cl) {
    bool result;
    switch (std::tolower(cl)) {
      case 'a': result = std::isalpha(c); break;
      case 'c': result = std::iscntrl(c); break;
      case 'd': result = std::isdigit(c); break;
      case 'g': result = std::isgraph(c); break;
      case 'l': result = std::islower(c); break;
      case 'p': result = std::ispunct(c); break;
      case 's': result = std::isspace(c); break;
      case 'u': result = std::isupper(c); break;
      case 'w': result = std::isalnum(c); break;
      case 'x': result = std::isxdigit(c); break;
      case 'z': result = c == 0; break;  // deprecated in Lua, still accepted
      default: return cl == c;
    }
    return std::isupper(cl) ? !result : result;
  }

  // `p` at the '[' of a set, `ec` at its closing ']'.
  static bool match_bracket_class(int c, const char* p, const char* ec) {
    bool found = true;
    if (*(p + 1) == '^') {
      found = false;
      ++p;
    }
    while (++p < ec) {
      if (*p == kEscape) {
        ++p;
        if (match_class(c, byte(p))) return found;
      } else if (*(p + 1) == '-' && p + 2 < ec) {
        p += 2;
        if (byte(p - 2) <= c && c <= byte(p)) return found;
      } else if (byte(p) == c) {
        return found;
      }
    }
    return !found;
  }

  bool single_match(const char* s, const char* p, const char* ep) {
    if (s >= src_end) return false;
    int c = byte(s);
    switch (*p) {
      case '.': return true;
      case kEscape: return match_class(c, byte(p + 1));
      case '[': return match_bracket_class(c, p, ep - 1);
      default: return byte(p) == c;
    }
  }

  const char* match_balance(const char* s, const char* p) {
    if (p >= p_end - 1) luaL_error(L, "malformed pattern (missing arguments to '%%b')");
    if (s >= src_end || *s != *p) return nullptr;
    char open = *p, close = *(p + 1);
    int pending = 1;
    while (++s < src_end) {
      step();
      if (*s == close) {
        if (--pending == 0) return s + 1;
      } else if (*s == open) {
        ++pending;
      }
    }
    return nullptr;
  }

  const char* max_expand(const char* s, const char* p, const char* ep) {
    std::ptrdiff_t i = 0;
    while (single_match(s + i, p, ep)) {
      step();
      ++i;
    }
    for (; i >= 0; --i) {  // try the longest repetition first, then shorter ones
      if (const char* res = match(s + i, ep + 1)) return res;
    }
    return nullptr;
  }

  const char* min_expand(const char* s, const char* p, const char* ep) {
    for (;;) {
      if (const char* res = match(s, ep + 1)) return res;
      if (!single_match(s, p, ep)) return nullptr;
      ++s;
    }
  }

  const char* start_capture(const char* s, const char* p, std::ptrdiff_t what) {
    if (level >= kMaxCaptures) luaL_error(L, "too many captures");
    capture[level].init = s;
    capture[level].len = what;
    ++level;
    const char* res = match(s, p);
    if (res == nullptr) --level;
    return res;
  }

  const char* end_capture(const char* s, const char* p) {
    int l = capture_to_close();
    capture[l].len = s - capture[l].init;
    const char* res = match(s, p);
    if (res == nullptr) capture[l].len = kUnfinished;
    return res;
  }

  const char* match_capture(const char* s, int l) {
    l = check_capture(l);
    std::size_t len = static_cast<std::size_t>(capture[l].len);
    step(static_cast<std::int64_t>(len));
    if (static_cast<std::size_t>(src_end - s) >= len && std::memcmp(capture[l].init, s, len) == 0) return s + len;
    return nullptr;
  }

  // The end of the match of pattern `p` at `s`, or nullptr.
  const char* match(const char* s, const char* p) {
    if (depth-- == 0) luaL_error(L, "pattern too complex");
    for (;;) {
      step();
      if (p == p_end) break;
      bool again = false;
      switch (*p) {
        case '(':
          s = *(p + 1) == ')' ? start_capture(s, p + 2, kPosition) : start_capture(s, p + 1, kUnfinished);
          break;
        case ')':
          s = end_capture(s, p + 1);
          break;
        case '$':
          if (p + 1 != p_end) {
            again = match_default(s, p);
            break;
          }
          s = s == src_end ? s : nullptr;
          break;
        case kEscape:
          switch (*(p + 1)) {
            case 'b':
              s = match_balance(s, p + 2);
              if (s != nullptr) {
                p += 4;
                again = true;
              }
              break;
            case 'f': {
              p += 2;
              if (*p != '[') luaL_error(L, "missing '[' after '%%f' in pattern");
              const char* ep = class_end(p);
              int previous = s == src_init ? '\0' : byte(s - 1);
              int current = s < src_end ? byte(s) : '\0';
              if (!match_bracket_class(previous, p, ep - 1) && match_bracket_class(current, p, ep - 1)) {
                p = ep;
                again = true;
              } else {
                s = nullptr;
              }
              break;
            }
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
              s = match_capture(s, byte(p + 1));
              if (s != nullptr) {
                p += 2;
                again = true;
              }
              break;
            default:
              again = match_default(s, p);
              break;
          }
          break;
        default:
          again = match_default(s, p);
          break;
      }
      if (!again) break;
    }
    ++depth;
    return s;
  }

  // A single character class with its quantifier, if any. Returns true when matching goes on
  // with the updated `s` and `p`; false when `s` is the result.
  bool match_default(const char*& s, const char*& p) {
    const char* ep = class_end(p);
    if (!single_match(s, p, ep)) {
      if (*ep == '*' || *ep == '?' || *ep == '-') {  // accept empty
        p = ep + 1;
        return true;
      }
      s = nullptr;
      return false;
    }
    switch (*ep) {
      case '?':
        if (const char* res = match(s + 1, ep + 1)) {
          s = res;
          return false;
        }
        p = ep + 1;
        return true;
      case '+': s = max_expand(s + 1, p, ep); return false;
      case '*': s = max_expand(s, p, ep); return false;
      case '-': s = min_expand(s, p, ep); return false;
      default:
        ++s;
        p = ep;
        return true;
    }
  }

  // Capture `i` (the whole match s..e when there are none); a position capture is pushed
  // and kPosition returned.
  std::ptrdiff_t get_capture(int i, const char* s, const char* e, const char** cap) {
    if (i >= level) {
      if (i != 0) luaL_error(L, "invalid capture index %%%d", i + 1);
      *cap = s;
      return e - s;
    }
    std::ptrdiff_t len = capture[i].len;
    *cap = capture[i].init;
    if (len == kUnfinished) luaL_error(L, "unfinished capture");
    if (len == kPosition) lua_pushinteger(L, (capture[i].init - src_init) + 1);
    return len;
  }

  void push_capture(int i, const char* s, const char* e) {
    const char* cap;
    std::ptrdiff_t len = get_capture(i, s, e, &cap);
    if (len != kPosition) lua_pushlstring(L, cap, static_cast<std::size_t>(len));
  }

  int push_captures(const char* s, const char* e) {
    int count = (level == 0 && s != nullptr) ? 1 : level;
    luaL_checkstack(L, count, "too many captures");
    for (int i = 0; i < count; ++i) push_capture(i, s, e);
    return count;
  }
};

Matcher make_matcher(lua_State* L, const char* s, std::size_t ls, const char* p, std::size_t lp) {
  Matcher m;
  m.L = L;
  m.budget = LuaState::from(L);
  m.src_init = s;
  m.src_end = s + ls;
  m.p_end = p + lp;
  return m;
}

// A 1-based start position as Lua's string functions take it, made 0-based and clipped.
std::size_t start_offset(lua_Integer pos, std::size_t len) {
  if (pos > 0) return static_cast<std::size_t>(pos) - 1;
  if (pos == 0) return 0;
  if (pos < -static_cast<lua_Integer>(len)) return 0;
  return len - static_cast<std::size_t>(-pos);
}

bool has_specials(const char* p, std::size_t lp) {
  for (std::size_t i = 0; i < lp; ++i)
    if (p[i] != '\0' && std::strchr(kSpecials, p[i]) != nullptr) return true;
  return false;
}

int find_aux(lua_State* L, bool find) {
  std::size_t ls, lp;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  lua_Integer pos = luaL_optinteger(L, 3, 1);
  if (pos > 0 && static_cast<std::size_t>(pos) - 1 > ls) {
    luaL_pushfail(L);
    return 1;
  }
  std::size_t init = start_offset(pos, ls);
  if (find && (lua_toboolean(L, 4) || !has_specials(p, lp))) {
    // memmem is linear in the subject (Two-Way for long needles), whatever the needle.
    const void* at = memmem(s + init, ls - init, p, lp);
    if (at != nullptr) {
      auto start = static_cast<const char*>(at) - s;
      lua_pushinteger(L, start + 1);
      lua_pushinteger(L, static_cast<lua_Integer>(start + lp));
      return 2;
    }
    luaL_pushfail(L);
    return 1;
  }
  bool anchor = *p == '^';
  if (anchor) {
    ++p;
    --lp;
  }
  Matcher m = make_matcher(L, s, ls, p, lp);
  const char* s1 = s + init;
  do {
    m.reset();
    if (const char* e = m.match(s1, p)) {
      m.flush();
      if (find) {
        lua_pushinteger(L, (s1 - s) + 1);
        lua_pushinteger(L, e - s);
        return m.push_captures(nullptr, nullptr) + 2;
      }
      return m.push_captures(s1, e);
    }
  } while (s1++ < m.src_end && !anchor);
  m.flush();
  luaL_pushfail(L);
  return 1;
}

int find(lua_State* L) { return find_aux(L, true); }
int match(lua_State* L) { return find_aux(L, false); }

struct GmatchState {
  const char* src;
  const char* pattern;
  const char* lastmatch;
  Matcher matcher;
};

int gmatch_next(lua_State* L) {
  auto* state = static_cast<GmatchState*>(lua_touserdata(L, lua_upvalueindex(3)));
  Matcher& m = state->matcher;
  m.L = L;
  for (const char* src = state->src; src <= m.src_end; ++src) {
    m.reset();
    const char* e = m.match(src, state->pattern);
    if (e != nullptr && e != state->lastmatch) {
      m.flush();
      state->src = state->lastmatch = e;
      return m.push_captures(src, e);
    }
  }
  m.flush();
  return 0;
}

// As in Lua 5.4, '^' does not anchor gmatch: it is matched as a character.
int gmatch(lua_State* L) {
  std::size_t ls, lp;
  const char* s = luaL_checklstring(L, 1, &ls);
  const char* p = luaL_checklstring(L, 2, &lp);
  lua_Integer pos = luaL_optinteger(L, 3, 1);
  std::size_t init = start_offset(pos, ls);
  if (pos > 0 && static_cast<std::size_t>(pos) - 1 > ls) init = ls + 1;
  lua_settop(L, 2);  // the subject and pattern stay alive as upvalues of the iterator
  new (lua_newuserdatauv(L, sizeof(GmatchState), 0)) GmatchState{s + init, p, nullptr, make_matcher(L, s, ls, p, lp)};
  lua_pushcclosure(L, gmatch_next, 3);
  return 1;
}

void add_replacement_string(Matcher& m, luaL_Buffer* b, const char* s, const char* e) {
  lua_State* L = m.L;
  std::size_t l;
  const char* news = lua_tolstring(L, 3, &l);
  const char* p;
  while ((p = static_cast<const char*>(std::memchr(news, kEscape, l))) != nullptr) {
    luaL_addlstring(b, news, static_cast<std::size_t>(p - news));
    ++p;  // the character after the escape
    if (*p == kEscape) {
      luaL_addchar(b, *p);
    } else if (*p == '0') {
      luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
    } else if (std::isdigit(byte(p))) {
      const char* cap;
      std::ptrdiff_t len = m.get_capture(*p - '1', s, e, &cap);
      if (len == kPosition) luaL_addvalue(b);
      else luaL_addlstring(b, cap, static_cast<std::size_t>(len));
    } else {
      luaL_error(L, "invalid use of '%c' in replacement string", kEscape);
    }
    l -= static_cast<std::size_t>(p + 1 - news);
    news = p + 1;
    m.step();
  }
  luaL_addlstring(b, news, l);
}

// Adds the replacement of match s..e; false when the match stays as it is.
bool add_value(Matcher& m, luaL_Buffer* b, const char* s, const char* e, int replacement_type) {
  lua_State* L = m.L;
  switch (replacement_type) {
    case LUA_TFUNCTION: {
      lua_pushvalue(L, 3);
      int n = m.push_captures(s, e);
      lua_call(L, n, 1);
      break;
    }
    case LUA_TTABLE:
      m.push_capture(0, s, e);
      lua_gettable(L, 3);
      break;
    default:
      add_replacement_string(m, b, s, e);
      return true;
  }
  if (!lua_toboolean(L, -1)) {
    lua_pop(L, 1);
    luaL_addlstring(b, s, static_cast<std::size_t>(e - s));
    return false;
  }
  if (!lua_isstring(L, -1)) return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
  luaL_addvalue(b);
  return true;
}

int gsub(lua_State* L) {
  std::size_t srcl, lp;
  const char* src = luaL_checklstring(L, 1, &srcl);
  const char* p = luaL_checklstring(L, 2, &lp);
  const char* lastmatch = nullptr;
  int replacement_type = lua_type(L, 3);
  lua_Integer max_s = luaL_optinteger(L, 4, static_cast<lua_Integer>(srcl) + 1);
  luaL_argexpected(L, replacement_type == LUA_TNUMBER || replacement_type == LUA_TSTRING ||
                          replacement_type == LUA_TFUNCTION || replacement_type == LUA_TTABLE,
                   3, "string/function/table");
  bool anchor = *p == '^';
  if (anchor) {
    ++p;
    --lp;
  }
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  Matcher m = make_matcher(L, src, srcl, p, lp);
  lua_Integer n = 0;
  bool changed = false;
  while (n < max_s) {
    m.reset();
    const char* e = m.match(src, p);
    if (e != nullptr && e != lastmatch) {
      ++n;
      changed = add_value(m, &b, src, e, replacement_type) || changed;
      src = lastmatch = e;
    } else if (src < m.src_end) {
      luaL_addchar(&b, *src++);
    } else {
      break;
    }
    if (anchor) break;
  }
  m.flush();
  if (!changed) {
    lua_pushvalue(L, 1);
  } else {
    luaL_addlstring(&b, src, static_cast<std::size_t>(m.src_end - src));
    luaL_pushresult(&b);
  }
  lua_pushinteger(L, n);
  return 2;
}

}  // namespace

void install_bounded_patterns(lua_State* L, int index) {
  lua_pushvalue(L, index);
  const luaL_Reg functions[] = {{"find", find}, {"match", match}, {"gmatch", gmatch}, {"gsub", gsub}, {nullptr, nullptr}};
  luaL_setfuncs(L, functions, 0);
  lua_pop(L, 1);
}

}  // namespace swv
