// Calendar dates in ISO 8601 notation, validated with std::chrono's civil calendar.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace swv {

/// Parses exactly "YYYY-MM-DD" and checks that the day exists (2023-02-30 gives nullopt).
std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text);

/// Formats a date as "YYYY-MM-DD".
std::string format_iso_date(std::chrono::year_month_day date);

/// Today's date in UTC as "YYYY-MM-DD".
std::string today_iso();

}  // namespace swv
