#include <catch2/catch.hpp>

#include "documents/amount.h"

using swv::format_cents;
using swv::parse_amount_cents;

TEST_CASE("amounts parse exactly to cents") {
  CHECK(parse_amount_cents("1234567.89") == 123456789);
  CHECK(parse_amount_cents("19.99") == 1999);  // 19.99 * 100 is 1998.9999... as a double
  CHECK(parse_amount_cents("1.15") == 115);
  CHECK(parse_amount_cents("0.5") == 50);
  CHECK(parse_amount_cents("7") == 700);
  CHECK(parse_amount_cents("-12.05") == -1205);
  CHECK(parse_amount_cents("-0.01") == -1);
  CHECK(parse_amount_cents("0") == 0);
}

TEST_CASE("amounts in any other notation are refused") {
  for (const char* bad : {"1.234,56", "1e3", "NaN", "inf", "--5", "+5", " 5", "5 ", "1.234.56", "1.", ".5", "1.234",
                          "", "-", "12,00", "0x10", "99999999999999999999", "1_000"}) {
    INFO(bad);
    CHECK_FALSE(parse_amount_cents(bad).has_value());
  }
}

TEST_CASE("cents format with exactly two decimals") {
  CHECK(format_cents(123456789) == "1234567.89");
  CHECK(format_cents(5) == "0.05");
  CHECK(format_cents(-1205) == "-12.05");
  CHECK(format_cents(-1) == "-0.01");
  CHECK(format_cents(0) == "0.00");
  CHECK(format_cents(INT64_MIN) == "-92233720368547758.08");
}

TEST_CASE("integers and decimals are strict too") {
  CHECK(swv::parse_integer("2023") == 2023);
  CHECK(swv::parse_integer("-4") == -4);
  CHECK_FALSE(swv::parse_integer("4.0").has_value());
  CHECK_FALSE(swv::parse_integer("").has_value());
  CHECK(swv::parse_decimal("0.8") == std::string("0.8"));
  CHECK(swv::parse_decimal("1") == std::string("1"));
  CHECK_FALSE(swv::parse_decimal("0,8").has_value());
  CHECK_FALSE(swv::parse_decimal("1e2").has_value());
}
