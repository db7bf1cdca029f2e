#include <catch2/catch.hpp>

#include <cstdio>

#include "documents/iso_date.h"

using swv::parse_iso_date;

TEST_CASE("ISO dates must exist in the calendar") {
  CHECK(parse_iso_date("2023-12-31").has_value());
  CHECK(parse_iso_date("2024-02-29").has_value());  // leap year
  CHECK_FALSE(parse_iso_date("2023-02-29").has_value());
  CHECK_FALSE(parse_iso_date("2023-02-30").has_value());
  CHECK_FALSE(parse_iso_date("2023-13-01").has_value());
  CHECK_FALSE(parse_iso_date("2023-00-10").has_value());
}

TEST_CASE("only the exact YYYY-MM-DD notation is a date") {
  for (const char* bad : {"31-12-2023", "2023/12/31", "2023-1-31", "20231231", "2023-12-31T00:00", " 2023-12-31", ""}) {
    INFO(bad);
    CHECK_FALSE(parse_iso_date(bad).has_value());
  }
}

TEST_CASE("dates format back to ISO") {
  CHECK(swv::format_iso_date(*parse_iso_date("2021-08-01")) == "2021-08-01");
  CHECK(swv::today_iso().size() == 10);
  // Every day from year 1 to 9999 and beyond, as printf's %04d-%02u-%02u writes it.
  using namespace std::chrono;
  for (int y : {0, 1, 9, 10, 99, 100, 999, 1000, 1999, 2024, 9999, 10000, -1, -45}) {
    for (unsigned m : {1u, 9u, 10u, 12u}) {
      for (unsigned d : {1u, 9u, 10u, 28u}) {
        year_month_day date{year(y), month(m), day(d)};
        char expected[24];
        std::snprintf(expected, sizeof expected, "%04d-%02u-%02u", y, m, d);
        INFO(expected);
        CHECK(swv::format_iso_date(date) == expected);
      }
    }
  }
}
