// `dates`: calendar arithmetic on ISO date strings for rules, on std::chrono's civil calendar
// (the same one the loaders validate dates with).
#pragma once

#include <lua.hpp>

namespace swv {

/// [-0, +1, e] Pushes the table of date functions (each rule environment gets a copy).
void push_dates_library(lua_State* L);

}  // namespace swv
