#include "documents/iso_date.h"

#include <cstdio>

#include "documents/amount.h"

namespace swv {

std::optional<std::chrono::year_month_day> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  auto y = parse_integer(text.substr(0, 4));
  auto m = parse_integer(text.substr(5, 2));
  auto d = parse_integer(text.substr(8, 2));
  if (!y || !m || !d || *y < 0 || *m < 0 || *d < 0) return std::nullopt;
  std::chrono::year_month_day date{std::chrono::year(static_cast<int>(*y)),
                                   std::chrono::month(static_cast<unsigned>(*m)),
                                   std::chrono::day(static_cast<unsigned>(*d))};
  if (!date.ok()) return std::nullopt;
  return date;
}

std::string format_iso_date(std::chrono::year_month_day date) {
  auto year = static_cast<int>(date.year());
  auto month = static_cast<unsigned>(date.month());
  auto day = static_cast<unsigned>(date.day());
  if (year >= 0 && year <= 9999 && month <= 99 && day <= 99) {  // every real date: no printf per value
    const char text[10] = {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                           static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10), '-',
                           static_cast<char>('0' + month / 10), static_cast<char>('0' + month % 10), '-',
                           static_cast<char>('0' + day / 10), static_cast<char>('0' + day % 10)};
    return std::string(text, sizeof text);
  }
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buffer;
}

std::string today_iso() {
  auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return format_iso_date(std::chrono::year_month_day{today});
}

}  // namespace swv
