#include <catch2/catch.hpp>

#include "documents/csv_reader.h"

using swv::CsvRow;

namespace {

struct Collected {
  std::vector<CsvRow> rows;
  std::vector<std::pair<int, std::string>> bad;
};

Collected read(const std::string& text) {
  Collected c;
  swv::read_csv(
      text, ';', [&](CsvRow&& row) { c.rows.push_back(std::move(row)); },
      [&](int line, const std::string& message) { c.bad.push_back({line, message}); });
  return c;
}

}  // namespace

TEST_CASE("csv: semicolons separate fields, quotes keep a semicolon, doubled quotes and line breaks") {
  auto c = read("a;b;c\n\"x;y\";\"zeg \"\"hoi\"\"\";\"twee\nregels\"\nlaatste;;\n");
  REQUIRE(c.rows.size() == 3);
  CHECK(c.rows[0].fields == std::vector<std::string>{"a", "b", "c"});
  CHECK(c.rows[1].fields == std::vector<std::string>{"x;y", "zeg \"hoi\"", "twee\nregels"});
  CHECK(c.rows[1].line == 2);
  CHECK(c.rows[2].fields == std::vector<std::string>{"laatste", "", ""});
  CHECK(c.rows[2].line == 4);  // the quoted line break moved it down one line
}

TEST_CASE("csv: a UTF-8 BOM and CRLF line ends are handled, blank lines skipped with their numbers") {
  auto c = read("\xEF\xBB\xBF" "kop;b\r\n\r\nwaarde;2\r\n");
  REQUIRE(c.rows.size() == 2);
  CHECK(c.rows[0].fields[0] == "kop");
  CHECK(c.rows[1].fields == std::vector<std::string>{"waarde", "2"});
  CHECK(c.rows[1].line == 3);
}

TEST_CASE("csv: a last line without a newline is read") {
  auto c = read("a;b\n1;2");
  REQUIRE(c.rows.size() == 2);
  CHECK(c.rows[1].fields[1] == "2");
}

TEST_CASE("csv: a row that is not UTF-8 is reported with its line, the others are used") {
  auto c = read("a;b\nco\xEBrdinator;1\nok;2\n");  // Latin-1 e-diaeresis
  REQUIRE(c.rows.size() == 2);
  REQUIRE(c.bad.size() == 1);
  CHECK(c.bad[0].first == 2);
  CHECK_THAT(c.bad[0].second, Catch::Contains("UTF-8"));
}

TEST_CASE("utf8: valid and invalid sequences") {
  CHECK(swv::is_valid_utf8("één coördinator €"));
  CHECK_FALSE(swv::is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(swv::is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(swv::is_valid_utf8("\xE2\x82"));          // cut short
  CHECK_FALSE(swv::is_valid_utf8("\xF5\x80\x80\x80"));  // beyond U+10FFFF
}
