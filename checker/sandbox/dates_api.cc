#include "sandbox/dates_api.h"

#include <chrono>
#include <string>

#include "documents/iso_date.h"

namespace swv {
namespace {

using namespace std::chrono;

year_month_day check_date(lua_State* L, int index) {
  const char* text = luaL_checkstring(L, index);
  auto date = parse_iso_date(text);
  if (!date) luaL_error(L, "'%s' is geen datum JJJJ-MM-DD", text);
  return *date;
}

void push_date(lua_State* L, year_month_day date) {
  std::string text = format_iso_date(date);
  lua_pushlstring(L, text.data(), text.size());
}

// Adding months keeps the day, or takes the month's last day when it has fewer (31 Jan + 1 = 28/29 Feb).
year_month_day add_months(year_month_day date, int count) {
  year_month_day moved = date + months(count);
  if (!moved.ok()) moved = year_month_day_last(moved.year(), month_day_last(moved.month()));
  return moved;
}

// [-1, +1, -] dates.valid(s)
int valid(lua_State* L) {
  lua_pushboolean(L, lua_type(L, 1) == LUA_TSTRING && parse_iso_date(lua_tostring(L, 1)).has_value());
  return 1;
}

// [-2, +1, e] dates.days_between(a, b): b - a in days
int days_between(lua_State* L) {
  auto a = sys_days(check_date(L, 1)), b = sys_days(check_date(L, 2));
  lua_pushinteger(L, (b - a).count());
  return 1;
}

int add_days(lua_State* L) {
  auto date = sys_days(check_date(L, 1)) + days(luaL_checkinteger(L, 2));
  push_date(L, year_month_day(date));
  return 1;
}

int add_months_fn(lua_State* L) {
  push_date(L, add_months(check_date(L, 1), static_cast<int>(luaL_checkinteger(L, 2))));
  return 1;
}

// [-2, +1, e] dates.months_between(a, b): whole calendar months from a to b (b >= a).
int months_between(lua_State* L) {
  auto a = check_date(L, 1), b = check_date(L, 2);
  int count = (static_cast<int>(b.year()) - static_cast<int>(a.year())) * 12 +
              (static_cast<int>(static_cast<unsigned>(b.month())) - static_cast<int>(static_cast<unsigned>(a.month())));
  while (count > 0 && sys_days(add_months(a, count)) > sys_days(b)) --count;
  while (count < 0 && sys_days(add_months(a, count)) < sys_days(b)) ++count;
  lua_pushinteger(L, count);
  return 1;
}

// [-2, +1, e] dates.age(birth, on): completed years
int age(lua_State* L) {
  auto birth = check_date(L, 1), on = check_date(L, 2);
  int years = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  if (sys_days(add_months(birth, years * 12)) > sys_days(on)) --years;
  lua_pushinteger(L, years);
  return 1;
}

int year_of(lua_State* L) {
  lua_pushinteger(L, static_cast<int>(check_date(L, 1).year()));
  return 1;
}

const luaL_Reg kDates[] = {
    {"valid", valid},           {"days_between", days_between},     {"add_days", add_days},
    {"add_months", add_months_fn}, {"months_between", months_between}, {"age", age},
    {"year", year_of},          {nullptr, nullptr},
};

}  // namespace

void push_dates_library(lua_State* L) { luaL_newlib(L, kDates); }

}  // namespace swv
