#include <catch2/catch.hpp>

#include "documents/bsn.h"

using swv::find_possible_bsn;
using swv::looks_like_bsn;

namespace {
constexpr auto npos = std::string_view::npos;
}

TEST_CASE("bsn: nine digits that pass the elfproef") {
  CHECK(looks_like_bsn("123456782"));
  CHECK(looks_like_bsn("111222333"));
  CHECK_FALSE(looks_like_bsn("123456789"));   // fails the elfproef
  CHECK_FALSE(looks_like_bsn("12345678"));    // eight digits
  CHECK_FALSE(looks_like_bsn("1234567820"));  // ten
  CHECK_FALSE(looks_like_bsn("12345678a"));
}

TEST_CASE("bsn: found alone, inside text and written in groups") {
  CHECK(find_possible_bsn("123456782") == 0);
  CHECK(find_possible_bsn("BSN 123456782 (moeder)") == 4);
  CHECK(find_possible_bsn("bsn:123456782") == 4);
  CHECK(find_possible_bsn("D123456782") == 1);
  CHECK(find_possible_bsn("123.456.782") == 0);
  CHECK(find_possible_bsn("nr 1234 56 782") == 3);
  CHECK(find_possible_bsn("12 123456782") == 3);  // a nine-digit run inside a longer group
  // grouped BSNs next to other numbers
  CHECK(find_possible_bsn("leerling 2 123 456 782") == 11);
  CHECK(find_possible_bsn("123.456.782 1") == 0);
  CHECK(find_possible_bsn("12.03.2011 123 456 782") == 11);
}

TEST_CASE("bsn: dates, phone numbers, codes and other numbers are no BSN") {
  for (const char* text : {"", "2023-12-31", "31-12-2023", "31.12.2023", "0612345678", "06 1234 5678", "123456789",
                           "1234567820", "TZ-PO1000-2020-0001", "D-2021-001", "40412", "20XY", "12.345.678",
                           "123456782x1", "1234567822"}) {
    INFO(text);
    // "123456782x1" is found: the point is that the nine digits stand apart from other digits.
    if (std::string_view(text) == "123456782x1") CHECK(find_possible_bsn(text) == 0);
    else CHECK(find_possible_bsn(text) == npos);
  }
}

TEST_CASE("bsn: bytes that are not UTF-8 around it do not hide it") {
  std::string text = "toelichting \xff\xfe 123456782 \xc3";
  CHECK(find_possible_bsn(text) == 15);
}
