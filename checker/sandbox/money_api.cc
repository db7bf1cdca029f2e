#include "sandbox/money_api.h"

#include <cstdlib>
#include <string>
#include <string_view>

namespace swv {
namespace {

// ---- Lua's integer arithmetic: wrapping, floor division (lvm.c luaV_idiv, luaV_mod) ----

lua_Integer wrap_add(lua_Integer a, lua_Integer b) {
  return static_cast<lua_Integer>(static_cast<lua_Unsigned>(a) + static_cast<lua_Unsigned>(b));
}
lua_Integer wrap_mul(lua_Integer a, lua_Integer b) {
  return static_cast<lua_Integer>(static_cast<lua_Unsigned>(a) * static_cast<lua_Unsigned>(b));
}
lua_Integer wrap_neg(lua_Integer a) { return static_cast<lua_Integer>(0u - static_cast<lua_Unsigned>(a)); }
lua_Integer lua_abs(lua_Integer a) { return a < 0 ? wrap_neg(a) : a; }  // math.abs

[[noreturn]] void raise(lua_State* L, const std::string& message, bool with_position = true) {
  if (with_position) luaL_where(L, 1);  // where the rule called the helper, as error(..., level) said
  lua_pushlstring(L, message.data(), message.size());
  if (with_position) lua_concat(L, 2);
  lua_error(L);
  std::abort();  // not reached: lua_error does not return
}

lua_Integer floor_div(lua_State* L, lua_Integer m, lua_Integer n) {
  if (static_cast<lua_Unsigned>(n) + 1u <= 1u) {  // n is 0 or -1
    if (n == 0) raise(L, "attempt to divide by zero");
    return wrap_neg(m);
  }
  lua_Integer q = m / n;
  if ((m ^ n) < 0 && m % n != 0) q -= 1;
  return q;
}

lua_Integer floor_mod(lua_State* L, lua_Integer m, lua_Integer n) {
  if (static_cast<lua_Unsigned>(n) + 1u <= 1u) {
    if (n == 0) raise(L, "attempt to perform 'n%0'");
    return 0;
  }
  lua_Integer r = m % n;
  if (r != 0 && (r ^ n) < 0) r += n;
  return r;
}

std::string type_name(lua_State* L, int index) {
  int type = lua_type(L, index);
  return type == LUA_TNONE ? "nil" : lua_typename(L, type);  // type(nil) for a missing argument
}

std::string_view string_argument(lua_State* L, int index) {
  std::size_t size = 0;
  const char* text = lua_tolstring(L, index, &size);
  return {text, size};
}

// tostring(value), as the Lua helpers quoted a wrong argument.
std::string shown(lua_State* L, int index) {
  if (lua_type(L, index) == LUA_TNONE) return "nil";
  std::size_t size = 0;
  const char* text = luaL_tolstring(L, index, &size);
  std::string result(text, size);
  lua_pop(L, 1);
  return result;
}

bool is_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

lua_Integer digits_value(std::string_view digits) {  // at most 18 digits: never overflows
  lua_Integer value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

// "^(%-?)(%d+)%.(<frac>)$" or "^(%-?)(%d+)$": sign, integer digits and fraction digits.
struct DecimalText {
  bool negative = false;
  std::string_view whole, fraction;
};
bool split_decimal(std::string_view s, std::size_t max_fraction, DecimalText* out) {
  DecimalText parts;
  if (!s.empty() && s.front() == '-') {
    parts.negative = true;
    s.remove_prefix(1);
  }
  auto dot = s.find('.');
  parts.whole = s.substr(0, dot);
  if (dot != std::string_view::npos) {
    parts.fraction = s.substr(dot + 1);
    if (!is_digits(parts.fraction) || parts.fraction.size() > max_fraction) return false;
  }
  if (!is_digits(parts.whole)) return false;
  *out = parts;
  return true;
}

// ---- decimaal ----

constexpr std::size_t kMaxDecimalDigits = 18;  // 10^18 < 2^63
constexpr std::size_t kMaxEuroDigits = 15;     // 10^15 euro in cents is 10^17

struct Decimal {
  lua_Integer num = 0, den = 1;
};

Decimal parse_decimal_argument(lua_State* L, int index) {
  if (lua_type(L, index) != LUA_TSTRING) raise(L, "decimaal.parse: tekst verwacht, kreeg " + type_name(L, index));
  std::string_view text = string_argument(L, index);
  DecimalText parts;
  if (!split_decimal(text, std::string_view::npos, &parts) || parts.whole.size() + parts.fraction.size() > kMaxDecimalDigits)
    raise(L, "decimaal.parse: geen decimaal getal: '" + std::string(text) + "'");
  Decimal d;
  d.num = digits_value(parts.whole);
  for (char c : parts.fraction) {
    d.num = d.num * 10 + (c - '0');
    d.den *= 10;
  }
  if (parts.negative) d.num = -d.num;
  return d;
}

lua_Integer div_half_up(lua_State* L, lua_Integer a, lua_Integer b) {
  bool negative = (a < 0) != (b < 0);
  lua_Integer abs_a = lua_abs(a), abs_b = lua_abs(b);
  lua_Integer q = floor_div(L, wrap_add(wrap_mul(2, abs_a), abs_b), wrap_mul(2, abs_b));
  return negative ? wrap_neg(q) : q;
}

std::string integer_text(lua_Integer n) { return std::to_string(n); }

// Exact Dutch notation of num/den (den a power of ten): 2.5 -> "2,5", 3 -> "3".
std::string dutch(lua_State* L, lua_Integer num, lua_Integer den) {
  lua_Integer a = lua_abs(num);
  std::string s = integer_text(floor_div(L, a, den));
  lua_Integer rest = floor_mod(L, a, den);
  if (rest != 0) {
    s += ',';
    while (rest != 0) {
      rest = wrap_mul(rest, 10);
      s += integer_text(floor_div(L, rest, den));
      rest = floor_mod(L, rest, den);
    }
  }
  return (num < 0 ? "-" : "") + s;
}

void push(lua_State* L, const std::string& text) { lua_pushlstring(L, text.data(), text.size()); }

int decimal_parse(lua_State* L) {
  Decimal d = parse_decimal_argument(L, 1);
  lua_pushinteger(L, d.num);
  lua_pushinteger(L, d.den);
  return 2;
}

int decimal_div_half_up(lua_State* L) {
  if (!lua_isinteger(L, 1) || !lua_isinteger(L, 2) || lua_tointeger(L, 2) == 0)
    raise(L, "decimaal.div_half_up: gehele getallen verwacht, deler niet 0", false);  // assert(): no position
  lua_pushinteger(L, div_half_up(L, lua_tointeger(L, 1), lua_tointeger(L, 2)));
  return 1;
}

int decimal_compare(lua_State* L) {
  Decimal a = parse_decimal_argument(L, 1), b = parse_decimal_argument(L, 2);
  lua_Integer l = wrap_mul(a.num, b.den), r = wrap_mul(b.num, a.den);
  lua_pushinteger(L, l < r ? -1 : (l > r ? 1 : 0));
  return 1;
}

int decimal_nl(lua_State* L) {
  Decimal d = parse_decimal_argument(L, 1);
  push(L, dutch(L, d.num, d.den));
  return 1;
}

int decimal_percent(lua_State* L) {
  Decimal d = parse_decimal_argument(L, 1);
  push(L, dutch(L, wrap_mul(d.num, 100), d.den) + "%");
  return 1;
}

// ---- geld ----

lua_Integer cents_argument(lua_State* L, int index, const char* function) {
  if (!lua_isinteger(L, index))
    raise(L, std::string("geld.") + function + ": bedrag in centen (geheel getal) verwacht, kreeg " + shown(L, index));
  return lua_tointeger(L, index);
}

// "%d" of a // 100 and "%02d" of a % 100, as string.format wrote them.
std::string two_decimals(lua_State* L, lua_Integer a, std::string whole) {
  lua_Integer cents = floor_mod(L, a, 100);
  std::string out = std::move(whole);
  out += ',';
  if (cents >= 0 && cents < 10) out += '0';
  out += integer_text(cents);
  return out;
}

// 1234567 -> "1.234.567", on the decimal text as the Lua helper did it.
std::string thousands(lua_Integer n) {
  std::string s = integer_text(n);
  std::size_t head = (s.size() - 1) % 3 + 1;
  std::string out = s.substr(0, head);
  for (std::size_t i = head; i < s.size(); i += 3) {
    out += '.';
    out += s.substr(i, 3);
  }
  return out;
}

std::string money_str(lua_State* L, lua_Integer c) {
  lua_Integer a = lua_abs(c);
  std::string text = two_decimals(L, a, (c < 0 ? "-" : "") + integer_text(floor_div(L, a, 100)));
  text[text.rfind(',')] = '.';
  return text;
}

int money_parse(lua_State* L) {
  if (lua_type(L, 1) != LUA_TSTRING) raise(L, "geld.parse: tekst verwacht, kreeg " + type_name(L, 1));
  std::string_view text = string_argument(L, 1);
  DecimalText parts;
  bool ok = split_decimal(text, 2, &parts) && parts.whole.size() <= kMaxEuroDigits &&
            (text.find('.') == std::string_view::npos || !parts.fraction.empty());
  if (!ok) raise(L, "geld.parse: geen bedrag: '" + std::string(text) + "'");
  lua_Integer fraction = parts.fraction.empty() ? 0 : digits_value(parts.fraction) * (parts.fraction.size() == 1 ? 10 : 1);
  lua_Integer c = digits_value(parts.whole) * 100 + fraction;
  lua_pushinteger(L, parts.negative ? -c : c);
  return 1;
}

int money_str_fn(lua_State* L) {
  push(L, money_str(L, cents_argument(L, 1, "str")));
  return 1;
}

int money_fmt(lua_State* L) {
  lua_Integer c = cents_argument(L, 1, "fmt");
  lua_Integer a = lua_abs(c);
  push(L, two_decimals(L, a, std::string("€ ") + (c < 0 ? "-" : "") + thousands(floor_div(L, a, 100))));
  return 1;
}

int money_fraction_of(lua_State* L) {
  lua_Integer c = cents_argument(L, 1, "fraction_of");
  Decimal fraction = parse_decimal_argument(L, 2);
  lua_pushinteger(L, div_half_up(L, wrap_mul(c, fraction.num), fraction.den));
  return 1;
}

int money_ratio(lua_State* L) {
  lua_Integer a = cents_argument(L, 1, "ratio");
  lua_Integer b = cents_argument(L, 2, "ratio");
  if (b == 0) {
    lua_pushnil(L);
    return 1;
  }
  push(L, money_str(L, div_half_up(L, wrap_mul(a, 100), b)));
  return 1;
}

const luaL_Reg kMoney[] = {
    {"parse", money_parse}, {"str", money_str_fn}, {"fmt", money_fmt},
    {"fraction_of", money_fraction_of}, {"ratio", money_ratio}, {nullptr, nullptr},
};

const luaL_Reg kDecimal[] = {
    {"parse", decimal_parse}, {"div_half_up", decimal_div_half_up}, {"compare", decimal_compare},
    {"nl", decimal_nl},       {"percent", decimal_percent},         {nullptr, nullptr},
};

}  // namespace

void push_money_library(lua_State* L) { luaL_newlib(L, kMoney); }
void push_decimal_library(lua_State* L) { luaL_newlib(L, kDecimal); }

}  // namespace swv
