#include <catch2/catch.hpp>

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
}
